package org.paraph.it.attacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.paraph.it.support.Browser;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PersonalPki;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.TestPdfs;

/**
 * Cross-site request forgery and the browser's defences, tried against the running portal as an
 * attacker would. The administrator is logged in through the login page (a session cookie only, as
 * a browser holds it); a page of another site then makes the browser post to the API with that
 * cookie. Each refusal is checked, and that nothing changed. Also checked: the security headers on
 * every kind of answer, the session cookie's attributes, and that the pages' policy stops an
 * injected script.
 *
 * <p>The portal's public address here is https (as behind a TLS proxy), while the test talks to it
 * over plain http on the loopback: both origins are the portal's own.
 */
class CrossSiteAttackIT {

  private static final String PUBLIC_URL = "https://portal.example";
  private static final String EVIL = "https://evil.example";

  private static ParaphServer server;
  private static PortalClient admin;
  private static Path work;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private Session session;
  private String victim;

  @BeforeAll
  static void start() throws Exception {
    server = ParaphServer.create("cross-site", Map.of("PARAPH_BASE_URL", PUBLIC_URL + "/")).start();
    admin = PortalClient.asAdmin(server);
    work = Files.createTempDirectory(server.dataDir().getParent(), "cross-site-");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void logInAndMakeAVictim() throws Exception {
    session = logInThroughTheLoginPage();
    victim = "victim-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    HttpResponse<byte[]> created =
        admin.postJson(
            "/api/v1/users",
            "{\"username\":\""
                + victim
                + "\",\"displayName\":\"Victor Victim\",\"email\":\""
                + victim
                + "@example.org\",\"password\":\"Victim-Secret-"
                + victim
                + "\"}");
    assertEquals(201, created.statusCode(), () -> text(created));
  }

  @Test
  void aFormOfAnotherSitePostedWithTheSessionCookieDisablesNobody() throws Exception {
    HttpResponse<byte[]> forged =
        send(
            session
                .post("/api/v1/users/" + victim + "/disable")
                .header("Origin", EVIL)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("confirm=yes")));
    assertRefusedAsCrossSite(forged);
    assertTrue(enabled(victim), "the user is still enabled");

    // Newer browsers say where a request comes from without an Origin, older ones say nothing.
    HttpResponse<byte[]> fetchSiteOnly =
        send(
            session
                .post("/api/v1/users/" + victim + "/disable")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertRefusedAsCrossSite(fetchSiteOnly);
    HttpResponse<byte[]> sameSite =
        send(
            session
                .post("/api/v1/users/" + victim + "/disable")
                .header("Sec-Fetch-Site", "same-site")
                .header("X-Paraph-CSRF", session.token())
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertRefusedAsCrossSite(sameSite);
    HttpResponse<byte[]> saysNothing =
        send(
            session
                .post("/api/v1/users/" + victim + "/disable")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("confirm=yes")));
    assertRefusedAsCrossSite(saysNothing);
    // The token is what another site's page cannot know: its own origin but no token is refused.
    HttpResponse<byte[]> noToken =
        send(
            session
                .post("/api/v1/users/" + victim + "/disable")
                .header("Origin", server.baseUrl())
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertRefusedAsCrossSite(noToken);
    HttpResponse<byte[]> wrongToken =
        send(
            session
                .post("/api/v1/users/" + victim + "/disable")
                .header("Origin", server.baseUrl())
                .header("X-Paraph-CSRF", session.token() + "x")
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertRefusedAsCrossSite(wrongToken);
    // A foreign Origin is refused even with the token (a token that leaked is not enough).
    HttpResponse<byte[]> evilWithToken =
        send(
            session
                .post("/api/v1/users/" + victim + "/disable")
                .header("Origin", EVIL)
                .header("X-Paraph-CSRF", session.token())
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertRefusedAsCrossSite(evilWithToken);
    assertTrue(enabled(victim), "the user is still enabled");
  }

  @Test
  void thePortalsOwnPagesMayStillChangeThingsWithTheSessionCookie() throws Exception {
    // The request's own origin (here http on the loopback), with the session's token.
    HttpResponse<byte[]> disabled =
        send(
            session
                .post("/api/v1/users/" + victim + "/disable")
                .header("Origin", server.baseUrl())
                .header("Sec-Fetch-Site", "same-origin")
                .header("X-Paraph-CSRF", session.token())
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, disabled.statusCode(), () -> text(disabled));
    assertFalse(enabled(victim));
    // The public address's origin (the browser's, behind the TLS proxy).
    HttpResponse<byte[]> enabledAgain =
        send(
            session
                .post("/api/v1/users/" + victim + "/enable")
                .header("Origin", PUBLIC_URL)
                .header("X-Paraph-CSRF", session.token())
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, enabledAgain.statusCode(), () -> text(enabledAgain));
    assertTrue(enabled(victim));
    // Reading is never refused: a GET changes nothing.
    HttpResponse<byte[]> read = send(session.get("/api/v1/users/" + victim).header("Origin", EVIL));
    assertEquals(200, read.statusCode(), () -> text(read));
  }

  @Test
  void anApiClientIsJudgedByItsAuthorizationHeaderWhateverTheOrigin() throws Exception {
    HttpResponse<byte[]> disabled =
        send(
            basic("/api/v1/users/" + victim + "/disable")
                .header("Origin", EVIL)
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, disabled.statusCode(), () -> text(disabled));
    assertFalse(enabled(victim));
    HttpResponse<byte[]> enabledAgain =
        send(
            basic("/api/v1/users/" + victim + "/enable")
                .header("Origin", EVIL)
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, enabledAgain.statusCode(), () -> text(enabledAgain));
  }

  @Test
  void aFormOfAnotherSiteRegistersNoSealWhoseRootTheVerifierWouldTrust() throws Exception {
    Path pkcs12 =
        PersonalPki.create("Evil CA", "http://127.0.0.1:9/evil.crl")
            .issue("Evil Seal", "evil@example.org", Duration.ofDays(365))
            .writePkcs12(Files.createTempFile(work, "evil-", ".p12"), "Evil-p12-Secret");
    String name = "evil-" + victim;
    PortalClient.Multipart form =
        new PortalClient.Multipart()
            .file("file", "evil.p12", Files.readAllBytes(pkcs12))
            .text("name", name)
            .text("password", "Evil-p12-Secret");
    String before = seals();
    String anchorsBefore = trustAnchors();
    HttpResponse<byte[]> forged =
        send(
            session
                .post("/api/v1/seal-credentials")
                .header("Origin", EVIL)
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
    assertRefusedAsCrossSite(forged);
    assertEquals(before, seals(), "no seal registered");
    assertEquals(anchorsBefore, trustAnchors(), "the verifier trusts no new root");

    // The very same form from the portal's own page, with the token, is a registration.
    HttpResponse<byte[]> own =
        send(
            session
                .post("/api/v1/seal-credentials")
                .header("Origin", server.baseUrl())
                .header("X-Paraph-CSRF", session.token())
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
    assertEquals(201, own.statusCode(), () -> text(own));
    assertTrue(seals().contains(name));
    assertFalse(anchorsBefore.equals(trustAnchors()), "what the forged form was after");
  }

  @Test
  void aFormOfAnotherSiteSealsNothingInTheAdministratorsName() throws Exception {
    int before = admin.sealRecords().size();
    PortalClient.Multipart form =
        new PortalClient.Multipart()
            .file("file", "forged.pdf", TestPdfs.a4(1))
            .text("level", "B-B");
    HttpResponse<byte[]> forged =
        send(
            session
                .post("/api/v1/seals")
                .header("Origin", EVIL)
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
    assertRefusedAsCrossSite(forged);
    assertEquals(before, admin.sealRecords().size(), "no seal record made");

    // The very same form from the portal's own page, with the token, seals.
    HttpResponse<byte[]> own =
        send(
            session
                .post("/api/v1/seals")
                .header("Origin", server.baseUrl())
                .header("X-Paraph-CSRF", session.token())
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
    assertEquals(200, own.statusCode(), () -> text(own));
    assertEquals(before + 1, admin.sealRecords().size());
  }

  @Test
  void everyKindOfAnswerCarriesTheSecurityHeaders() throws Exception {
    Map<String, HttpResponse<byte[]>> answers = new LinkedHashMap<>();
    answers.put("/ (anonymous: to the login page)", send(anonymous("/")));
    answers.put("/login.xhtml", send(anonymous("/login.xhtml")));
    answers.put("/app/seal.xhtml (anonymous)", send(anonymous("/app/seal.xhtml")));
    answers.put("/app/seal.xhtml", send(session.get("/app/seal.xhtml")));
    answers.put("/admin/users.xhtml", send(session.get("/admin/users.xhtml")));
    answers.put("/api/v1/seals (401)", send(anonymous("/api/v1/seals")));
    answers.put("/api/v1/seals", send(basic("/api/v1/seals").GET()));
    answers.put("/api/v1/trust/anchors", send(anonymous("/api/v1/trust/anchors")));
    answers.put("/sign/<unknown link>", send(anonymous("/sign/no-such-link-" + victim)));
    answers.put("/api/v1/sign/<unknown link>", send(anonymous("/api/v1/sign/no-such-" + victim)));
    answers.put("a page that does not exist", send(anonymous("/no-such-page-" + victim)));
    answers.put(
        "a static resource", send(anonymous("/jakarta.faces.resource/paraph.css.xhtml?ln=paraph")));
    answers.put("/pki/demo-root.crt", send(anonymous("/pki/demo-root.crt")));
    answers.put("/tsa (GET)", send(anonymous("/tsa")));

    assertEquals(302, answers.get("/ (anonymous: to the login page)").statusCode());
    assertEquals(200, answers.get("/admin/users.xhtml").statusCode());
    assertEquals(401, answers.get("/api/v1/seals (401)").statusCode());
    assertEquals(404, answers.get("a page that does not exist").statusCode());
    answers.forEach(
        (what, answer) -> {
          String where = what + " (" + answer.statusCode() + ")";
          assertEquals(Optional.of("DENY"), header(answer, "X-Frame-Options"), where);
          assertEquals(Optional.of("nosniff"), header(answer, "X-Content-Type-Options"), where);
          assertEquals(
              Optional.of("max-age=31536000"),
              header(answer, "Strict-Transport-Security"),
              where + ": the public address is https");
          List<String> policies = answer.headers().allValues("Content-Security-Policy");
          assertEquals(1, policies.size(), where + ": one policy " + policies);
          for (String directive :
              List.of(
                  "frame-ancestors 'none'",
                  "object-src 'none'",
                  "base-uri 'self'",
                  "form-action 'self'",
                  "default-src 'self'")) {
            assertTrue(policies.get(0).contains(directive), where + ": " + policies);
          }
          assertFalse(policies.get(0).contains("'unsafe-eval'"), where + ": " + policies);
          String referrer = what.contains("sign/") ? "no-referrer" : "same-origin";
          assertEquals(Optional.of(referrer), header(answer, "Referrer-Policy"), where);
        });
    // A page's scripts run by their nonce, never as "unsafe-inline".
    String pagePolicy =
        header(answers.get("/admin/users.xhtml"), "Content-Security-Policy").orElseThrow();
    assertTrue(pagePolicy.matches(".*script-src 'self' 'nonce-[^']+'.*"), pagePolicy);
    assertFalse(pagePolicy.matches(".*script-src[^;]*'unsafe-inline'.*"), pagePolicy);
  }

  @Test
  void theSessionCookieIsHttpOnlyLaxAndSecureBehindHttps() throws Exception {
    String cookie =
        send(anonymous("/login.xhtml")).headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    String attributes = cookie.toLowerCase(java.util.Locale.ROOT);
    assertTrue(attributes.contains("; httponly"), cookie);
    assertTrue(attributes.contains("; samesite=lax"), cookie);
    assertTrue(attributes.contains("; secure"), cookie);
  }

  @Test
  void aScriptInjectedIntoAPageDoesNotRunAndTheBrowserSaysWhy() throws Exception {
    WebDriver driver = Browser.start(work);
    try {
      driver.get(server.baseUrl() + "/login.xhtml");
      Browser.waitUpTo(driver, Duration.ofSeconds(30))
          .until(ExpectedConditions.elementToBeClickable(By.id("login:submit")));
      assertEquals(List.of(), Browser.cspViolations(driver), "the page itself is clean");
      JavascriptExecutor js = (JavascriptExecutor) driver;
      // What an injection into the markup would add: a script of its own, without the nonce.
      js.executeScript(
          "var s = document.createElement('script');"
              + " s.textContent = 'window.injected = true;';"
              + " document.body.appendChild(s);");
      assertEquals(null, js.executeScript("return window.injected;"), "the script did not run");
      List<String> violations = Browser.cspViolations(driver);
      assertEquals(1, violations.size(), violations::toString);
      assertTrue(violations.get(0).contains("script-src"), violations::toString);
    } finally {
      Browser.screenshot(driver, work.resolve("injected-script.png"));
      driver.quit();
    }
  }

  private static void assertRefusedAsCrossSite(HttpResponse<byte[]> answer) {
    assertEquals(403, answer.statusCode(), () -> text(answer));
    assertEquals("application/problem+json", PortalClient.mediaType(answer));
    JsonObject problem = PortalClient.json(answer);
    assertEquals("https://paraph.org/problems/csrf", problem.getString("type"));
    assertFalse(problem.getString("detail").isBlank());
  }

  private boolean enabled(String username) throws Exception {
    HttpResponse<byte[]> user = admin.get("/api/v1/users/" + username, "application/json");
    assertEquals(200, user.statusCode(), () -> text(user));
    return PortalClient.json(user).getBoolean("enabled");
  }

  private static String seals() throws Exception {
    return text(admin.get("/api/v1/seal-credentials", "application/json"));
  }

  private static String trustAnchors() throws Exception {
    return new String(
        PortalClient.anonymousGetBytes(server, "/api/v1/trust/anchors", null).body(),
        StandardCharsets.UTF_8);
  }

  /**
   * Logs in as a person does on the login page: the form, its view state, the user name and the
   * password; what the test keeps is the session cookie, as the browser would, and the token that
   * the portal's pages show to their own scripts.
   */
  private Session logInThroughTheLoginPage() throws Exception {
    HttpResponse<byte[]> page = send(anonymous("/login.xhtml"));
    String cookie = sessionCookie(page).orElseThrow();
    String html = text(page);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:username", ParaphServer.ADMIN);
    form.put("login:password", ParaphServer.ADMIN_PASSWORD);
    form.put("login:submit", "");
    form.put(
        "jakarta.faces.ViewState",
        find(html, "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\""));
    String body =
        String.join(
            "&",
            form.entrySet().stream()
                .map(
                    e ->
                        URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                            + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .toList());
    HttpResponse<byte[]> loggedIn =
        send(
            HttpRequest.newBuilder(server.uri("/login.xhtml"))
                .header("Cookie", "JSESSIONID=" + cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertEquals(302, loggedIn.statusCode(), () -> "the login page answered " + text(loggedIn));
    // A new session id at login.
    String loggedInCookie = sessionCookie(loggedIn).orElseThrow();
    Session session = new Session(loggedInCookie, null);
    HttpResponse<byte[]> app = send(session.get("/app/seal.xhtml"));
    assertEquals(200, app.statusCode());
    return new Session(
        loggedInCookie, find(text(app), "<meta name=\"paraph-csrf\" content=\"([^\"]+)\""));
  }

  /** The administrator's session as a browser holds it: the cookie, and the pages' token. */
  private final class Session {
    private final String cookie;
    private final String token;

    Session(String cookie, String token) {
      this.cookie = cookie;
      this.token = token;
    }

    String token() {
      return token;
    }

    HttpRequest.Builder get(String path) {
      return HttpRequest.newBuilder(server.uri(path)).header("Cookie", "JSESSIONID=" + cookie);
    }

    HttpRequest.Builder post(String path) {
      return HttpRequest.newBuilder(server.uri(path))
          .timeout(Duration.ofMinutes(1))
          .header("Cookie", "JSESSIONID=" + cookie)
          .header("Accept", "application/json");
    }
  }

  private HttpRequest.Builder basic(String path) {
    String credentials = ParaphServer.ADMIN + ":" + ParaphServer.ADMIN_PASSWORD;
    return HttpRequest.newBuilder(server.uri(path))
        .timeout(Duration.ofMinutes(1))
        .header("Accept", "application/json")
        .header(
            "Authorization",
            "Basic "
                + java.util.Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  private static HttpRequest.Builder anonymous(String path) {
    return HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofMinutes(1));
  }

  private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static Optional<String> sessionCookie(HttpResponse<?> answer) {
    return answer.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.substring("JSESSIONID=".length()).split(";")[0])
        .findFirst();
  }

  private static Optional<String> header(HttpResponse<?> answer, String name) {
    return answer.headers().firstValue(name);
  }

  private static String find(String html, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(html);
    assertTrue(matcher.find(), () -> regex + " not in " + html);
    assertNotNull(matcher.group(1));
    return matcher.group(1);
  }

  private static String text(HttpResponse<byte[]> answer) {
    return new String(answer.body(), StandardCharsets.UTF_8);
  }
}
