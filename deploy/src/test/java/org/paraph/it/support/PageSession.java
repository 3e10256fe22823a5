package org.paraph.it.support;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's session as their browser holds it after the login page: the session cookie, and the
 * cross-site token that the portal's pages give their own scripts. Requests made with it carry the
 * cookie only, unless the test adds the token.
 */
public final class PageSession {

  public static final String TOKEN_HEADER = "X-Paraph-CSRF";

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final ParaphServer server;
  private final String cookie;
  private final String token;

  private PageSession(ParaphServer server, String cookie, String token) {
    this.server = server;
    this.cookie = cookie;
    this.token = token;
  }

  /** Logs in on the login page with the form, its view state, the user name and the password. */
  public static PageSession logIn(ParaphServer server, String username, String password)
      throws IOException, InterruptedException {
    HttpResponse<String> page = fetch(HttpRequest.newBuilder(server.uri("/login.xhtml")));
    String anonymousCookie = sessionCookie(page);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:username", username);
    form.put("login:password", password);
    form.put("login:submit", "");
    form.put(
        "jakarta.faces.ViewState",
        find(page.body(), "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\""));
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> loggedIn =
        fetch(
            HttpRequest.newBuilder(server.uri("/login.xhtml"))
                .header("Cookie", "JSESSIONID=" + anonymousCookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    if (loggedIn.statusCode() != 302) {
      throw new IllegalStateException(
          "the login page answered " + loggedIn.statusCode() + ": " + loggedIn.body());
    }
    // A new session id at login.
    String cookie = sessionCookie(loggedIn);
    HttpResponse<String> app =
        fetch(
            HttpRequest.newBuilder(server.uri("/app/seal.xhtml"))
                .header("Cookie", "JSESSIONID=" + cookie));
    return new PageSession(
        server, cookie, find(app.body(), "<meta name=\"paraph-csrf\" content=\"([^\"]+)\""));
  }

  /** The token the portal's pages send in {@value #TOKEN_HEADER}. */
  public String token() {
    return token;
  }

  /** A request to the portal with the session cookie and nothing else. */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(server.uri(path))
        .timeout(Duration.ofMinutes(1))
        .header("Cookie", "JSESSIONID=" + cookie)
        .header("Accept", "application/json");
  }

  public HttpResponse<byte[]> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpResponse<String> fetch(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return HTTP.send(
        request.timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String sessionCookie(HttpResponse<?> answer) {
    return answer.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.substring("JSESSIONID=".length()).split(";")[0])
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no session cookie in " + answer.headers()));
  }

  private static String find(String html, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(html);
    if (!matcher.find()) {
      throw new IllegalStateException(regex + " not in " + html);
    }
    return matcher.group(1);
  }
}
