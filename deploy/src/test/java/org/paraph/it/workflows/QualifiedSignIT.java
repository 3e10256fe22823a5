package org.paraph.it.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.validation.reports.Reports;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paraph.it.support.Browser;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.ParticipantMail;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.SenderWizard;
import org.paraph.it.support.TestPdfs;
import org.paraph.it.support.WorkflowJson;
import org.paraph.seals.domain.SealingKey;
import org.paraph.testsupport.CscLoginForm;
import org.paraph.testsupport.CscTestServer;
import org.paraph.testsupport.DssTestValidation;

/**
 * A QUALIFIED_SIGN participant signs through a CSC v2 trust service: the portal is configured with
 * the CSC test server as its qualified trust service; a first participant signs with a one-time
 * password, then the qualified signer is sent to the service's login form, as a browser would be,
 * and comes back to the portal's callback, which signs. The final document carries both signatures,
 * valid, the second one made with the qualified person's certificate. Someone else who signs in at
 * the service with a qualified certificate of their own is refused.
 */
class QualifiedSignIT {

  private static final String CLIENT = "paraph-qes";
  private static final String SECRET = "qes-client-Secret-9";
  private static final String USER = "qperson";
  private static final String PASSWORD = "Q-pass-word-1";
  private static final String OTHER_USER = "operson";
  private static final String OTHER_PASSWORD = "O-pass-word-2";

  private static CscTestServer csc;
  private static SealingKey qualifiedCertificate;
  private static ParaphServer server;
  private static PortalClient sender;
  private final CscLoginForm browser = new CscLoginForm();

  @BeforeAll
  static void startTrustServiceAndPortal() throws Exception {
    csc = CscTestServer.start(CLIENT, SECRET, "organisation-seal");
    qualifiedCertificate = csc.addUser(USER, PASSWORD, "Quentin Person");
    csc.addUser(OTHER_USER, OTHER_PASSWORD, "Olivia Other");
    server =
        ParaphServer.create(
            "qualified-sign",
            Map.of(
                "PARAPH_QES_CSC_URL",
                csc.baseUrl(),
                "PARAPH_QES_CSC_CLIENT_ID",
                CLIENT,
                "PARAPH_QES_CSC_CLIENT_SECRET",
                SECRET,
                // The trust service and its CRL listen on the loopback: allowed by name.
                "PARAPH_FETCH_ALLOW",
                "127.0.0.1"));
    // The operator registers the portal's callback at the trust service.
    csc.allowRedirectUri(server.baseUrl() + "/api/v1/sign/qualified/callback");
    server.start();
    sender = PortalClient.asAdmin(server);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (csc != null) {
      csc.close();
    }
  }

  @Test
  void aQualifiedSignerSignsAtTheTrustServiceAfterAnOtpSigner() throws Exception {
    byte[] original = TestPdfs.a4(1);
    HttpResponse<byte[]> created =
        sender.postJson(
            "/api/v1/workflows",
            WorkflowJson.named("Qualified contract")
                .document("contract.pdf", original)
                .signer("Alice", "Martin", "alice@example.org", 1, 50)
                .qualifiedSigner("Quentin", "Person", "quentin@example.org", 2, 320)
                .json());
    assertEquals(201, created.statusCode(), () -> text(created));
    String id = PortalClient.json(created).getString("id");

    // Alice signs with her one-time password.
    String aliceLink =
        ParticipantMail.linkIn(ParticipantMail.awaitOutbox(server, "alice@example.org", 1).get(0));
    post("/api/v1/sign/" + aliceLink + "/otp", null, 200);
    String code =
        ParticipantMail.codeIn(ParticipantMail.awaitOutbox(server, "alice@example.org", 2).get(1));
    post(
        "/api/v1/sign/" + aliceLink + "/complete",
        Json.createObjectBuilder()
            .add("otp", code)
            .add("signature", Json.createObjectBuilder().add("mode", "typed").add("text", "A M"))
            .build()
            .toString(),
        200);
    String documentId = workflow(id).getJsonArray("documents").getJsonObject(0).getString("id");
    byte[] afterAlice = document(id, documentId);

    // The qualified signer: invited by mail, no one-time password.
    String link =
        ParticipantMail.linkIn(
            ParticipantMail.awaitOutbox(server, "quentin@example.org", 1).get(0));
    JsonObject view =
        PortalClient.json(
            PortalClient.anonymousGetBytes(server, "/api/v1/sign/" + link, "application/json"));
    assertEquals("QUALIFIED_SIGN", view.getString("action"));
    HttpResponse<byte[]> noOtp = post("/api/v1/sign/" + link + "/otp", null, 403);
    assertTrue(text(noOtp).contains("does not sign with a one-time password"), text(noOtp));
    HttpResponse<byte[]> noCode =
        post(
            "/api/v1/sign/" + link + "/complete",
            Json.createObjectBuilder()
                .add("otp", "123456")
                .add("signature", Json.createObjectBuilder().add("mode", "typed").add("text", "Q"))
                .build()
                .toString(),
            403);
    assertTrue(text(noCode).contains("does not sign with a one-time password"), text(noCode));

    // An answer that names no signature in progress is refused.
    HttpResponse<byte[]> forged =
        get("/api/v1/sign/qualified/callback?code=made-up&state=not-a-state-we-sent");
    assertProblem(forged, 400, "qualified-state-invalid");

    // First try: the person denies at the trust service; nothing is signed, they may retry.
    URI denied = browser.deny(authorizationUrl(link), USER, PASSWORD);
    assertProblem(get(callbackPath(denied)), 422, "qualified-authorization-denied");
    assertEquals("INVITED", participants(id).get(1));

    // Someone else, with a qualified certificate of their own, cannot sign in Quentin's place.
    int signaturesBeforeOther = csc.signatures();
    URI other = browser.allow(authorizationUrl(link), OTHER_USER, OTHER_PASSWORD);
    HttpResponse<byte[]> wrongPerson = get(callbackPath(other));
    assertProblem(wrongPerson, 403, "qualified-identity-mismatch");
    assertTrue(text(wrongPerson).contains("names Olivia Other"), text(wrongPerson));
    assertTrue(text(wrongPerson).contains("sent to Quentin Person"), text(wrongPerson));
    assertEquals(signaturesBeforeOther, csc.signatures(), "the trust service signed nothing");
    assertEquals("INVITED", participants(id).get(1));

    // Second try: the person allows; the service sends the browser back to the portal.
    URI allowed = browser.allow(authorizationUrl(link), USER, PASSWORD);
    assertTrue(
        allowed.toString().startsWith(server.baseUrl() + "/api/v1/sign/qualified/callback?"),
        allowed::toString);
    int signaturesBefore = csc.signatures();
    int pkceVerifiedBefore = csc.pkceVerified();
    HttpResponse<byte[]> signed = get(callbackPath(allowed));
    assertEquals(200, signed.statusCode(), () -> text(signed));
    assertEquals(
        pkceVerifiedBefore + 1,
        csc.pkceVerified(),
        "the service checked the portal's PKCE verifier against the challenge");
    assertEquals("SIGNED", PortalClient.json(signed).getString("state"));
    assertEquals(signaturesBefore + 1, csc.signatures(), "the trust service signed one hash");

    // The same answer again (same state, same code) is refused: it was used.
    assertProblem(get(callbackPath(allowed)), 400, "qualified-state-invalid");

    awaitState(id, "COMPLETED");
    byte[] finalPdf = document(id, documentId);
    assertTrue(
        startsWith(finalPdf, afterAlice), "the qualified signature is an incremental update");
    assertTrue(startsWith(afterAlice, original), "so was Alice's");

    Reports reports =
        DssTestValidation.trusting(List.of(portalRoot(), csc.caCertificate()))
            .withCrl(server.baseUrl() + "/pki/demo-root.crl", portalCrl())
            .withCrl(csc.crlUrl(), csc.crl())
            .validate(finalPdf);
    SimpleReport report = reports.getSimpleReport();
    List<String> signers = new ArrayList<>();
    for (String signature : report.getSignatureIdList()) {
      assertEquals(
          Indication.TOTAL_PASSED,
          report.getIndication(signature),
          DssTestValidation.explain(reports));
      signers.add(report.getSignedBy(signature));
    }
    assertEquals(3, signers.size(), "Alice, the qualified person, the final seal: " + signers);
    assertEquals("Alice Martin", signers.get(0), signers::toString);
    assertEquals("Quentin Person", signers.get(1), signers::toString);
    CertificateWrapper signer =
        reports.getDiagnosticData().getSignatures().stream()
            .filter(s -> "Quentin Person".equals(report.getSignedBy(s.getId())))
            .map(SignatureWrapper::getSigningCertificate)
            .findFirst()
            .orElseThrow();
    X509Certificate expected = qualifiedCertificate.signingCertificate();
    assertEquals(
        expected.getSerialNumber(), new BigInteger(signer.getSerialNumber()), "the person's");
    assertTrue(
        signer.getCertificateIssuerDN().contains("CSC Test Trust Service"),
        signer::getCertificateIssuerDN);

    String events =
        new String(
            sender.get("/api/v1/workflows/" + id + "/audit-trail", "application/json").body(),
            StandardCharsets.UTF_8);
    assertTrue(events.contains("QUALIFIED_SIGNED"), events);
    assertTrue(events.contains("CN=Quentin Person"), events);
    assertTrue(events.contains("QUALIFIED_SIGN_FAILED"), "the denial is audited: " + events);
    assertTrue(events.contains("names Olivia Other"), "so is the other person's try: " + events);
    assertFalse(events.contains(link), "no link in the audit log");
  }

  @Test
  void inTheBrowserTheParticipantGoesToTheTrustServiceAndComesBackSigned() throws Exception {
    HttpResponse<byte[]> created =
        sender.postJson(
            "/api/v1/workflows",
            WorkflowJson.named("Qualified in the browser")
                .document("offer.pdf", TestPdfs.a4(1))
                .qualifiedSigner("Quentin", "Person", "quentin.browser@example.org", 1, 50)
                .json());
    assertEquals(201, created.statusCode(), () -> text(created));
    String id = PortalClient.json(created).getString("id");
    String link =
        ParticipantMail.linkIn(
            ParticipantMail.awaitOutbox(server, "quentin.browser@example.org", 1).get(0));
    Path work = Files.createTempDirectory(server.dataDir().getParent(), "qualified-browser-");
    WebDriver driver = Browser.start(work);
    try {
      WebDriverWait wait = Browser.waitUpTo(driver, Duration.ofSeconds(60));
      // The sender's wizard offers the qualified action, since this portal has a trust service.
      driver.get(server.baseUrl() + "/app/workflow-new.xhtml");
      wait.until(ExpectedConditions.urlContains("/login.xhtml"));
      driver.findElement(By.id("login:username")).sendKeys(ParaphServer.ADMIN);
      driver
          .findElement(By.cssSelector("input[type=password]"))
          .sendKeys(ParaphServer.ADMIN_PASSWORD);
      driver.findElement(By.id("login:submit")).click();
      wait.until(ExpectedConditions.urlContains("/app/workflow-new.xhtml"));
      assertEquals(List.of("SIGN", "QUALIFIED_SIGN", "SEAL"), SenderWizard.actionsOffered(driver));

      driver.get(server.baseUrl() + "/sign/" + link);
      wait.until(ExpectedConditions.elementToBeClickable(By.id("sign:sign-qualified"))).click();

      // The authorisation the page started is bound to this browser: completed elsewhere (an
      // attacker luring another browser to it), its answer is refused and nothing is signed.
      wait.until(ExpectedConditions.urlContains("/oauth2/authorize"));
      int signaturesBefore = csc.signatures();
      URI elsewhere = browser.allow(URI.create(driver.getCurrentUrl()), USER, PASSWORD);
      assertProblem(get(callbackPath(elsewhere)), 403, "qualified-browser-mismatch");
      assertEquals(signaturesBefore, csc.signatures(), "the trust service signed nothing");
      assertEquals(List.of("INVITED"), participants(id));

      // The participant starts again in their own browser.
      driver.get(server.baseUrl() + "/sign/" + link);
      wait.until(ExpectedConditions.elementToBeClickable(By.id("sign:sign-qualified"))).click();

      // The trust service's own login form.
      wait.until(ExpectedConditions.urlContains("/oauth2/authorize"));
      driver.findElement(By.id("username")).sendKeys(USER);
      driver.findElement(By.id("password")).sendKeys(PASSWORD);
      driver.findElement(By.id("allow")).click();

      // Back on the participant's page, signed.
      wait.until(ExpectedConditions.urlContains("/sign/" + link + "?qualified=signed"));
      WebElement messages =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")));
      assertTrue(
          messages.getText().contains("your qualified signature is on the document"),
          messages::getText);
      assertEquals(List.of("SIGNED"), participants(id));
      assertEquals(
          List.of(),
          Browser.cspViolations(driver),
          "the browser refused content under the page's policy");
    } finally {
      Browser.screenshot(driver, work.resolve("qualified-sign.png"));
      driver.quit();
    }
    awaitState(id, "COMPLETED");
  }

  private static URI authorizationUrl(String link) throws Exception {
    HttpResponse<byte[]> started = post("/api/v1/sign/" + link + "/qualified", null, 200);
    String url = PortalClient.json(started).getString("authorizationUrl");
    assertTrue(url.startsWith(csc.baseUrl().replace("/csc/v2", "") + "/oauth2/authorize?"), url);
    assertFalse(url.contains(link), "the participant's link never goes to the trust service");
    assertTrue(url.contains("&code_challenge_method=S256"), url);
    assertTrue(url.matches(".*[?&]code_challenge=[A-Za-z0-9_-]{43}(&.*)?"), url);
    return URI.create(url);
  }

  private static String callbackPath(URI redirect) {
    return redirect.getRawPath() + "?" + redirect.getRawQuery();
  }

  private static HttpResponse<byte[]> post(String path, String json, int status) throws Exception {
    HttpResponse<byte[]> response =
        json == null
            ? PortalClient.anonymousPost(server, path, null, null, "application/json")
            : PortalClient.anonymousPostJson(server, path, json);
    assertEquals(status, response.statusCode(), () -> text(response));
    return response;
  }

  private static HttpResponse<byte[]> get(String path) throws Exception {
    return PortalClient.anonymousGetBytes(server, path, "application/json");
  }

  private static JsonObject workflow(String id) throws Exception {
    return PortalClient.json(sender.get("/api/v1/workflows/" + id, "application/json"));
  }

  private static List<String> participants(String id) throws Exception {
    List<String> states = new ArrayList<>();
    workflow(id)
        .getJsonArray("participants")
        .forEach(p -> states.add(p.asJsonObject().getString("state")));
    return states;
  }

  private static byte[] document(String id, String documentId) throws Exception {
    HttpResponse<byte[]> pdf =
        sender.get("/api/v1/workflows/" + id + "/documents/" + documentId, "application/pdf");
    assertEquals(200, pdf.statusCode(), () -> text(pdf));
    return pdf.body();
  }

  private static void awaitState(String id, String state) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    JsonObject workflow;
    do {
      workflow = workflow(id);
      if (state.equals(workflow.getString("state"))) {
        return;
      }
      Thread.sleep(250);
    } while (Instant.now().isBefore(deadline));
    throw new AssertionError("workflow never became " + state + ": " + workflow);
  }

  private static X509Certificate portalRoot() throws Exception {
    String pem = PortalClient.anonymousGet(server, "/api/v1/trust/anchors").body();
    return certificate(pem.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] portalCrl() throws Exception {
    HttpResponse<byte[]> crl =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.uri("/pki/demo-root.crl")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, crl.statusCode());
    return crl.body();
  }

  private static X509Certificate certificate(byte[] encoded) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(encoded));
    } catch (Exception e) {
      throw new AssertionError("not a certificate", e);
    }
  }

  private static void assertProblem(HttpResponse<byte[]> response, int status, String type) {
    assertEquals(status, response.statusCode(), () -> text(response));
    String actual = PortalClient.json(response).getString("type");
    assertTrue(actual.endsWith("/" + type), () -> "type " + type + ": " + text(response));
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    if (data.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String text(HttpResponse<byte[]> response) {
    return response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8);
  }
}
