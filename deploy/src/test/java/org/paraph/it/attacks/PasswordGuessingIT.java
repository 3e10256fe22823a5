package org.paraph.it.attacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;

/**
 * Password guessing against the running portal, as the attacker of issue 8 did it: many wrong HTTP
 * Basic passwords for {@code admin}, the login form, unknown names, a forged {@code
 * X-Forwarded-For}. With the default policy (5 free failures per name, 20 per address, then locks
 * from 1 minute), the guesses are refused with 429 before any password is checked, the right
 * password too, the audit log gets a few rows instead of one per guess, and behind a trusted proxy
 * each client address has its own budget. The throttle lives in memory: each test starts the server
 * afresh with the configuration it needs.
 */
class PasswordGuessingIT {

  private static final int FREE_PER_NAME = 5;
  private static final int FREE_PER_ADDRESS = 20;
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("<script [^>]*nonce=\"([^\"]+)\"");

  /** Not a trusted proxy, though on this machine: what it forwards must be ignored. */
  private static final String UNTRUSTED_PEER = "127.0.0.2";

  private static final String SUFFIX = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
  private static final String ALICE = "alice-" + SUFFIX;
  private static final String AUDITOR = "auditor-" + SUFFIX;
  private static final String DORA = "dora-" + SUFFIX;

  private static ParaphServer server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The users both tests need, made before anyone guesses the administrator's password. */
  @BeforeAll
  static void startServer() throws Exception {
    server =
        ParaphServer.create(
                "password-guessing", java.util.Map.of("PARAPH_TRUSTED_PROXIES", "127.0.0.1"))
            .start();
    createUser(ALICE, "Alice-login-" + SUFFIX, "user");
    createUser(AUDITOR, "Auditor-login-" + SUFFIX, "admin");
    createUser(DORA, "Dora-login-" + SUFFIX, "user");
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void guessesAreRefusedBeforeAnyPasswordIsCheckedWhateverTheNameAndTheForwardedAddress()
      throws Exception {
    String suffix = SUFFIX;
    String alice = ALICE;
    String auditor = AUDITOR;

    // 60 wrong passwords for admin, as fast as they come: 5 are checked, the rest refused.
    List<Answer> answers = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      answers.add(attacker("admin", "guess-" + i, null));
    }
    for (int i = 0; i < FREE_PER_NAME; i++) {
      assertProblem(answers.get(i), 401, "unauthorized");
    }
    for (int i = FREE_PER_NAME; i < 60; i++) {
      assertThrottled(answers.get(i));
    }

    // The right password is refused too while the lock lasts, whatever address is claimed.
    assertThrottled(attacker("admin", ParaphServer.ADMIN_PASSWORD, null));
    assertThrottled(attacker("admin", ParaphServer.ADMIN_PASSWORD, "198.51.100.23"));

    // 60 guesses, 2 audit rows: the first failure and the one that locked the name.
    List<String> adminFailures = failedLogins(auditor, "Auditor-login-" + suffix, "admin");
    assertEquals(
        List.of(
            "wrong user name or password",
            "wrong user name or password; further logins refused for 60 s"),
        adminFailures);

    // A known and an unknown name get the same answers, in the same order.
    List<String> known = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i <= FREE_PER_NAME; i++) {
      known.add(attacker(alice, "guess-" + i, null).summary());
    }
    for (int i = 0; i <= FREE_PER_NAME; i++) {
      unknown.add(attacker("nobody-" + suffix, "guess-" + i, null).summary());
    }
    assertEquals(known, unknown);
    assertEquals("401 unauthorized", known.get(0));
    assertEquals("429 too-many-login-attempts", known.get(FREE_PER_NAME));

    // The login form: five wrong passwords are told as such, the sixth attempt is refused.
    String carol = "carol-" + suffix;
    LoginPage page = new LoginPage();
    for (int i = 0; i < FREE_PER_NAME; i++) {
      Answer refused = page.logIn(carol, "guess-" + i);
      assertTrue(refused.body().contains("Wrong user name or password"), refused::body);
    }
    Answer throttled = page.logIn(carol, "guess-last");
    assertTrue(
        throttled.body().contains("Too many failed logins for this user name or from this address"),
        throttled::body);

    // 20 failures from this address now (5 admin, 5 alice, 5 nobody, 5 carol): a name never tried
    // is refused, and a forged X-Forwarded-For does not make it another address.
    String fresh = "fresh-" + suffix;
    assertEquals(FREE_PER_ADDRESS, 4 * FREE_PER_NAME);
    assertThrottled(attacker(fresh, "guess", null));
    assertThrottled(attacker(fresh, "guess", "203.0.113.77"));
    assertThrottled(attacker(auditor, "Auditor-login-" + suffix, "203.0.113.78"));
    // The same user from an address of their own is not held up by the guesser's address.
    assertEquals(
        200,
        new PortalClient(server, auditor, "Auditor-login-" + suffix)
            .get("/api/v1/tasks", "application/json")
            .statusCode());
    assertEquals(429, throttled.status(), "the refused login page says so to scripts too");
  }

  @Test
  void behindATrustedProxyEachForwardedAddressHasItsOwnBudget() throws Exception {
    String suffix = SUFFIX;
    String guesser = "203.0.113.10";

    // One guesser spreads over names, so that only its address budget runs out.
    for (int name = 0; name < FREE_PER_ADDRESS / FREE_PER_NAME; name++) {
      for (int i = 0; i < FREE_PER_NAME - 1; i++) {
        assertProblem(basic("user" + name + "-" + suffix, "guess-" + i, guesser), 401, null);
      }
    }
    for (int i = 0; i < FREE_PER_ADDRESS - 4 * (FREE_PER_NAME - 1); i++) {
      assertProblem(basic("extra" + i + "-" + suffix, "guess", guesser), 401, null);
    }
    assertThrottled(basic("another-" + suffix, "guess", guesser));
    // The guesser writing a different address in front changes nothing: the proxy appends theirs.
    assertThrottled(basic("another-" + suffix, "guess", "198.51.100.99, " + guesser));

    // A real user, forwarded from another address, is not held up by it.
    HttpResponse<byte[]> dora = basic(DORA, "Dora-login-" + SUFFIX, "198.51.100.50");
    assertEquals(200, dora.statusCode(), () -> summary(dora));
    assertProblem(basic("another-" + suffix, "guess", "198.51.100.51"), 401, "unauthorized");

    // The anonymous verifier: a burst of 60 posts per address is served, then 429 (the bucket
    // refills one a second, so a slow machine may serve a few more before the refusal).
    String verifier = "192.0.2.200";
    for (int i = 0; i < 60; i++) {
      HttpResponse<byte[]> answer = anonymousVerification(verifier);
      int sent = i + 1;
      assertTrue(
          answer.statusCode() != 429,
          () -> "post " + sent + " within the burst: " + summary(answer));
    }
    HttpResponse<byte[]> limited = anonymousVerification(verifier);
    for (int i = 0; i < 240 && limited.statusCode() != 429; i++) {
      limited = anonymousVerification(verifier);
    }
    assertProblem(limited, 429, "too-many-requests");
    assertTrue(limited.headers().firstValue("Retry-After").isPresent(), "Retry-After");
    assertTrue(anonymousVerification("192.0.2.201").statusCode() != 429, "another address");
  }

  private static void createUser(String username, String password, String role) throws Exception {
    HttpResponse<byte[]> created =
        PortalClient.asAdmin(server)
            .postJson(
                "/api/v1/users",
                "{\"username\":\"%s\",\"displayName\":\"%s\",\"password\":\"%s\",\"roles\":[\"%s\"]}"
                    .formatted(username, username, password, role));
    assertEquals(201, created.statusCode(), () -> summary(created));
  }

  /** The details of the LOGIN_FAILED audit rows about this name, in words, oldest first. */
  private List<String> failedLogins(String admin, String password, String subject)
      throws Exception {
    HttpResponse<byte[]> events =
        new PortalClient(server, admin, password)
            .get("/api/v1/audit/events?action=LOGIN_FAILED", "application/json");
    assertEquals(200, events.statusCode(), () -> summary(events));
    return Json.createReader(new ByteArrayInputStream(events.body())).readArray().stream()
        .map(JsonObject.class::cast)
        .filter(e -> e.getString("subject").equals(subject))
        .sorted(java.util.Comparator.comparingLong(e -> e.getJsonNumber("sequence").longValue()))
        .map(e -> e.getString("text"))
        .toList();
  }

  private HttpResponse<byte[]> basic(String user, String password, String forwardedFor)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri("/api/v1/tasks"))
            .timeout(Duration.ofMinutes(1))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "application/json");
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<byte[]> anonymousVerification(String forwardedFor) throws Exception {
    return http.send(
        HttpRequest.newBuilder(server.uri("/api/v1/verifications"))
            .timeout(Duration.ofMinutes(1))
            .header("X-Forwarded-For", forwardedFor)
            .header("Content-Type", "multipart/form-data; boundary=none")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("--none--\r\n"))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void assertThrottled(Answer answer) {
    assertEquals(429, answer.status(), answer::summary);
    assertEquals("429 too-many-login-attempts", answer.summary());
    long retryAfter = Long.parseLong(answer.header("Retry-After").orElse("0"));
    assertTrue(retryAfter > 0 && retryAfter <= 60, "Retry-After " + retryAfter);
  }

  private static void assertProblem(Answer answer, int status, String type) {
    assertEquals(status + " " + type, answer.summary(), answer::body);
  }

  private static void assertThrottled(HttpResponse<byte[]> response) {
    assertProblem(response, 429, "too-many-login-attempts");
    long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElse("0"));
    assertTrue(retryAfter > 0 && retryAfter <= 60, "Retry-After " + retryAfter);
  }

  private static void assertProblem(HttpResponse<byte[]> response, int status, String type) {
    assertEquals(status, response.statusCode(), () -> summary(response));
    assertTrue(
        PortalClient.mediaType(response).equals("application/problem+json"),
        () -> "a problem document: " + summary(response));
    if (type != null) {
      String actual = PortalClient.json(response).getString("type");
      assertTrue(actual.endsWith("/" + type), () -> "type " + type + ": " + summary(response));
    }
  }

  /** Status and problem type: what an attacker would compare between names. */
  private static String summary(HttpResponse<byte[]> response) {
    String body = new String(response.body(), StandardCharsets.UTF_8);
    String type =
        PortalClient.mediaType(response).equals("application/problem+json")
            ? PortalClient.json(response).getString("type").replaceAll(".*/", "")
            : body;
    return (response.statusCode() + " " + type).strip();
  }

  /** A Basic login attempt from the untrusted peer, with a forged X-Forwarded-For if given. */
  private static Answer attacker(String user, String password, String forwardedFor)
      throws Exception {
    List<String> headers = new ArrayList<>();
    headers.add(
        "Authorization: Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    headers.add("Accept: application/json");
    if (forwardedFor != null) {
      headers.add("X-Forwarded-For: " + forwardedFor);
    }
    return Answer.send(UNTRUSTED_PEER, "GET", "/api/v1/tasks", headers, null);
  }

  /**
   * An HTTP/1.0 exchange from a chosen local address (Java 17's HttpClient cannot choose one): the
   * server answers without chunks and closes the connection.
   */
  private record Answer(int status, List<String> headers, String body) {

    static Answer send(
        String localAddress, String method, String path, List<String> headers, String body)
        throws Exception {
      try (java.net.Socket socket = new java.net.Socket()) {
        socket.bind(new java.net.InetSocketAddress(localAddress, 0));
        socket.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()), 5_000);
        socket.setSoTimeout(60_000);
        StringBuilder request = new StringBuilder();
        request.append(method).append(' ').append(path).append(" HTTP/1.0\r\n");
        request.append("Host: localhost:").append(server.port()).append("\r\n");
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
          request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        for (String header : headers) {
          request.append(header).append("\r\n");
        }
        request.append("\r\n");
        socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().write(content);
        socket.getOutputStream().flush();
        String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int end = raw.indexOf("\r\n\r\n");
        String[] head = raw.substring(0, end).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        return new Answer(status, List.of(head).subList(1, head.length), raw.substring(end + 4));
      }
    }

    java.util.Optional<String> header(String name) {
      return headers.stream()
          .filter(h -> h.regionMatches(true, 0, name + ":", 0, name.length() + 1))
          .map(h -> h.substring(name.length() + 1).strip())
          .findFirst();
    }

    List<String> all(String name) {
      return headers.stream()
          .filter(h -> h.regionMatches(true, 0, name + ":", 0, name.length() + 1))
          .map(h -> h.substring(name.length() + 1).strip())
          .toList();
    }

    /** Status and problem type: what an attacker would compare between names. */
    String summary() {
      String type =
          header("Content-Type").orElse("").startsWith("application/problem+json")
              ? Json.createReader(new java.io.StringReader(body))
                  .readObject()
                  .getString("type")
                  .replaceAll(".*/", "")
              : body;
      return (status + " " + type).strip();
    }
  }

  /** The login page as a browser posts it from the untrusted peer: cookie and view state kept. */
  private static final class LoginPage {
    private String cookie;
    private String viewState;
    private String nonce;

    Answer logIn(String username, String password) throws Exception {
      if (viewState == null) {
        remember(Answer.send(UNTRUSTED_PEER, "GET", "/login.xhtml", List.of(), null));
      }
      String form =
          field("login", "login")
              + "&"
              + field("login:username", username)
              + "&"
              + field("login:password", password)
              + "&"
              + field("login:submit", "")
              + "&"
              + field("jakarta.faces.ViewState", viewState)
              + "&"
              // What PrimeFaces' script adds to every form of a page under its CSP mode.
              + field("primefaces.nonce", nonce);
      List<String> headers = new ArrayList<>();
      headers.add("Content-Type: application/x-www-form-urlencoded");
      if (cookie != null) {
        headers.add("Cookie: " + cookie);
      }
      Answer answer = Answer.send(UNTRUSTED_PEER, "POST", "/login.xhtml", headers, form);
      remember(answer);
      return answer;
    }

    private void remember(Answer page) {
      for (String set : page.all("Set-Cookie")) {
        if (set.startsWith("JSESSIONID=")) {
          cookie = set.split(";")[0];
        }
      }
      Matcher matcher = VIEW_STATE.matcher(page.body());
      assertTrue(matcher.find(), () -> "a login page: " + page.status() + " " + page.body());
      viewState = matcher.group(1);
      Matcher scriptNonce = NONCE.matcher(page.body());
      assertTrue(scriptNonce.find(), () -> "the page's scripts carry a nonce: " + page.body());
      nonce = scriptNonce.group(1);
    }

    private static String field(String name, String value) {
      return URLEncoder.encode(name, StandardCharsets.UTF_8)
          + "="
          + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
  }
}
