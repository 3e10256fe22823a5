package org.paraph.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Goes through a trust service's OAuth2 authorisation the way a person's browser does: opens the
 * authorisation URL, reads the login form the service shows, fills in the user name and password,
 * presses a button, and returns where the service redirects the browser (the client's redirect URI
 * with a code and the state, or with an error). Redirects are not followed, so the caller sees
 * them.
 */
public final class CscLoginForm {

  private static final Pattern HIDDEN =
      Pattern.compile("<input type='hidden' name='([^']*)' value='([^']*)'>");

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  /** Logs in and allows; the answer is the redirect to the client. */
  public URI allow(URI authorizationUri, String username, String password) {
    return submit(authorizationUri, username, password, "allow");
  }

  /** Logs in and denies. */
  public URI deny(URI authorizationUri, String username, String password) {
    return submit(authorizationUri, username, password, "deny");
  }

  private URI submit(URI authorizationUri, String username, String password, String decision) {
    HttpResponse<String> page = send(HttpRequest.newBuilder(authorizationUri).GET().build());
    if (page.statusCode() != 200) {
      throw new AssertionError(
          "the authorisation page answered " + page.statusCode() + ": " + page.body());
    }
    Map<String, String> form = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(page.body());
    while (hidden.find()) {
      form.put(hidden.group(1), unescape(hidden.group(2)));
    }
    form.put("username", username);
    form.put("password", password);
    form.put("decision", decision);
    StringBuilder body = new StringBuilder();
    form.forEach(
        (name, value) ->
            body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(authorizationUri.resolve("/oauth2/authorize"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    String location = answer.headers().firstValue("Location").orElse(null);
    if (answer.statusCode() != 302 || location == null) {
      throw new AssertionError(
          "the service did not redirect (" + answer.statusCode() + "): " + answer.body());
    }
    return URI.create(location);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("the trust service cannot be reached", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static String unescape(String text) {
    return text.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&gt;", ">")
        .replace("&lt;", "<")
        .replace("&amp;", "&");
  }

  /** A query parameter of a redirect, decoded; null when absent. */
  public static String parameter(URI redirect, String name) {
    String query = redirect.getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      String[] parts = pair.split("=", 2);
      if (parts.length == 2 && parts[0].equals(name)) {
        return java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
