package org.paraph.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.validation.reports.Reports;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.paraph.it.support.Browser;
import org.paraph.it.support.IndependentChecks;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.TestPdfs;
import org.paraph.testsupport.CscTestServer;
import org.paraph.testsupport.DssTestValidation;
import org.paraph.testsupport.SoftHsm;
import org.paraph.trust.infrastructure.DemoCrlIssuer;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;

/**
 * An administrator registers seals whose keys are not in a file: in a PKCS#11 token, in a pool of
 * tokens holding the same key, and at a remote trust service over the CSC API v2. Documents sealed
 * with them over the API verify with DSS and pdfsig. The tokens are real SoftHSM2 tokens the server
 * sees through SOFTHSM2_CONF (set by failsafe, inherited by the server); the trust service is the
 * CSC test server, spoken to over HTTP.
 */
class CredentialSealsIT extends BrowserTestBase {

  private static final String PIN = SoftHsm.USER_PIN;

  private static DemoPki hsmPki;
  private static DemoPki poolPki;
  private static SoftHsm token;
  private static SoftHsm poolA;
  private static SoftHsm poolB;
  private static CscTestServer csc;

  private IndependentChecks checks;

  @BeforeAll
  static void createTokensAndTrustService() {
    Instant now = Instant.now();
    DemoPkiGenerator generator = new DemoPkiGenerator();
    hsmPki = generator.generate("HSM Records Ltd.", "https://hsm.paraph.test", now);
    poolPki = generator.generate("Pool Records Ltd.", "https://pool.paraph.test", now);
    token = SoftHsm.initialise("paraph-test", PIN);
    poolA = SoftHsm.initialise("paraph-pool-a", PIN);
    poolB = SoftHsm.initialise("paraph-pool-b", PIN);
    token.importKey("hsm-seal", hsmPki.seal(), PIN);
    poolA.importKey("pool-seal", poolPki.seal(), PIN);
    poolB.importKey("pool-seal", poolPki.seal(), PIN);
    csc = CscTestServer.start("paraph-it", "it-client-Secret", "remote-seal-7");
  }

  @AfterAll
  static void stopTrustService() {
    csc.close();
  }

  @Test
  void aSealInAPkcs11TokenIsRegisteredAndSealsDocumentsThatVerify(ParaphServer server)
      throws Exception {
    openSealsPage(server);
    String refused =
        registerPkcs11("hsm", token.libraryPath(), Long.toString(token.slot()), "hsm-seal", "0000");
    assertTrue(refused.contains("Not registered"), refused);
    assertTrue(refused.contains("refused the PIN"), refused);

    registerPkcs11("hsm", token.libraryPath(), Long.toString(token.slot()), "hsm-seal", PIN);
    String list = sealsList();
    assertTrue(list.contains("hsm") && list.contains("CN=HSM Records Ltd."), list);
    assertTrue(list.contains("PKCS11"), list);

    // The token is logged in to now, and would take any PIN: the portal still refuses a wrong one.
    String refusedAgain =
        registerPkcs11(
            "hsm-2", token.libraryPath(), Long.toString(token.slot()), "hsm-seal", "0000");
    assertTrue(refusedAgain.contains("refused the PIN"), refusedAgain);
    assertFalse(sealsList().contains("hsm-2"), sealsList());

    byte[] sealed = sealOverApi(server, "hsm", "B-B");

    Reports reports =
        DssTestValidation.trusting(hsmPki.root().signingCertificate())
            .withCrl(hsmPki.crlUrl(), new DemoCrlIssuer().issue(hsmPki.root(), Instant.now()))
            .validate(sealed);
    assertEquals(
        List.of(Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(reports),
        DssTestValidation.explain(reports));
    assertPdfsigTrusts(server, sealed, "HSM Records Ltd.");
  }

  @Test
  void aSealOnTwoTokensSignsWithBothUnderConcurrentSealing(ParaphServer server) throws Exception {
    openSealsPage(server);
    registerPkcs11(
        "hsm-pool", poolA.libraryPath(), poolA.slot() + ", " + poolB.slot(), "pool-seal", PIN);
    assertTrue(sealsList().contains("hsm-pool"), sealsList());

    int seals = 24;
    ExecutorService clients = Executors.newFixedThreadPool(6);
    List<Future<byte[]>> results = new ArrayList<>();
    try {
      for (int i = 0; i < seals; i++) {
        results.add(clients.submit(() -> sealOverApi(server, "hsm-pool", "B-T")));
      }
      for (Future<byte[]> result : results) {
        assertPdfsigTrusts(server, result.get(), "Pool Records Ltd.");
      }
    } finally {
      clients.shutdownNow();
    }

    // A fresh view of the page (a refresh would post the registration form again).
    driver.get(server.baseUrl() + "/admin/seals.xhtml");
    String list = sealsList();
    long fromA = signaturesOf(list, poolA.slot());
    long fromB = signaturesOf(list, poolB.slot());
    assertEquals(seals, fromA + fromB, list);
    assertTrue(fromA > 0 && fromB > 0, "both tokens signed: " + list);
    assertTrue(list.contains("slot " + poolA.slot() + ": " + fromA + " signatures, 1 login"), list);
    assertTrue(list.contains("slot " + poolB.slot() + ": " + fromB + " signatures, 1 login"), list);
  }

  @Test
  void aRemoteCscSealIsRegisteredAndSealsDocumentsThatVerify(ParaphServer server) throws Exception {
    openSealsPage(server);
    String refused =
        registerCsc("remote", csc.baseUrl(), "paraph-it", "not-the-secret", "remote-seal-7");
    assertTrue(refused.contains("Not registered"), refused);
    assertTrue(refused.contains("refused the client credentials"), refused);

    int signaturesBefore = csc.signatures();
    registerCsc("remote", csc.baseUrl(), "paraph-it", "it-client-Secret", "remote-seal-7");
    String list = sealsList();
    assertTrue(list.contains("remote") && list.contains("CN=CSC Test Trust Service"), list);
    assertTrue(list.contains("CSC"), list);

    byte[] sealed = sealOverApi(server, "remote", "B-B");

    assertEquals(signaturesBefore + 1, csc.signatures(), "the trust service signed");
    Reports reports =
        DssTestValidation.trusting(csc.caCertificate())
            .withCrl(csc.crlUrl(), csc.crl())
            .validate(sealed);
    assertEquals(
        List.of(Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(reports),
        DssTestValidation.explain(reports));
    assertPdfsigTrusts(server, sealed, "CSC Test Trust Service");
  }

  private void openSealsPage(ParaphServer server) {
    driver.get(server.baseUrl() + "/login.xhtml");
    logInAsAdministrator();
    wait.until(ExpectedConditions.urlContains("/app/seal.xhtml"));
    driver.get(server.baseUrl() + "/admin/seals.xhtml");
  }

  /** Fills and sends the PKCS#11 form; the growl message the answer brings. */
  private String registerPkcs11(
      String name, String library, String slots, String label, String pin) {
    fill("pkcs11:name", name);
    fill("pkcs11:library", library);
    fill("pkcs11:slots", slots);
    fill("pkcs11:label", label);
    fill("pkcs11:pin", pin);
    return submit("pkcs11");
  }

  /** Fills and sends the CSC form; the growl message the answer brings. */
  private String registerCsc(
      String name, String baseUrl, String clientId, String secret, String credentialId) {
    fill("csc:name", name);
    fill("csc:baseUrl", baseUrl);
    fill("csc:clientId", clientId);
    fill("csc:clientSecret", secret);
    fill("csc:credentialId", credentialId);
    return submit("csc");
  }

  private void fill(String id, String value) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  /** Sends the form (a full page submit) and returns the growl message of the new page. */
  private String submit(String form) {
    awaitAjaxQuiet();
    WebElement before = driver.findElement(By.id(form));
    return growlAfter(
        () -> {
          driver.findElement(By.id(form + ":submit")).click();
          Browser.awaitGone(wait, before);
        });
  }

  private String sealsList() {
    return driver.findElement(By.id("seals:list")).getText();
  }

  private static byte[] sealOverApi(ParaphServer server, String seal, String level)
      throws Exception {
    HttpResponse<byte[]> response =
        PortalClient.asAdmin(server).seal(TestPdfs.a4(1), Map.of("seal", seal, "level", level));
    assertEquals(200, response.statusCode(), () -> new String(response.body()));
    return response.body();
  }

  /** pdfsig, trusting what the portal publishes as its anchors (a seal's root among them). */
  private void assertPdfsigTrusts(ParaphServer server, byte[] sealed, String signer)
      throws Exception {
    synchronized (this) {
      if (checks == null) {
        String anchors = PortalClient.anonymousGet(server, "/api/v1/trust/anchors").body();
        checks = IndependentChecks.trusting(anchors, work);
      }
    }
    String report = checks.pdfsig(sealed);
    assertTrue(report.contains("Signer Certificate Common Name: " + signer), report);
    assertTrue(report.contains("Signature is Valid."), report);
    assertTrue(report.contains("Certificate is Trusted."), report);
  }

  private static long signaturesOf(String list, long slot) {
    Matcher matcher = Pattern.compile("slot " + slot + ": (\\d+) signatures").matcher(list);
    assertTrue(matcher.find(), "no usage of slot " + slot + " in: " + list);
    return Long.parseLong(matcher.group(1));
  }
}
