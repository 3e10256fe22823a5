package org.paraph.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.paraph.it.support.Browser;
import org.paraph.it.support.IndependentChecks;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.TestPdfs;

/**
 * An administrator registers the organisation's own seal from a PKCS#12 file made with OpenSSL,
 * sees its certificate and warnings, and documents sealed with it verify.
 */
class SealRegistrationIT extends BrowserTestBase {

  @Test
  void aPkcs12SealIsRegisteredShownWithItsWarningsAndSealsDocuments(ParaphServer server)
      throws Exception {
    Path pkcs12 = opensslIssuedPkcs12("p12-Secret");
    driver.get(server.baseUrl() + "/login.xhtml");
    logInAsAdministrator();
    wait.until(ExpectedConditions.urlContains("/app/seal.xhtml"));

    driver.get(server.baseUrl() + "/admin/seals.xhtml");
    String refused = register("acme", pkcs12, "not-the-password");
    assertTrue(refused.contains("Not registered"), refused);
    assertFalse(
        driver.findElement(By.id("seals:list")).getText().contains("acme"), "nothing registered");

    register("acme", pkcs12, "p12-Secret");
    String list = driver.findElement(By.id("seals:list")).getText();
    assertTrue(list.contains("acme") && list.contains("CN=ACME Seal"), list);
    assertTrue(list.contains("within 30 days"), "the page warns that it expires soon: " + list);
    assertTrue(list.contains("CN=ACME Root CA"), "its issuer is shown: " + list);
    assertTrue(list.contains("PRODUCTION"), list);

    PortalClient client = PortalClient.asAdmin(server);
    HttpResponse<byte[]> sealed =
        client.seal(
            TestPdfs.a4(1),
            "invoice.pdf",
            Map.of("seal", "acme", "level", "B-T"),
            "application/json");
    assertEquals(200, sealed.statusCode(), () -> new String(sealed.body()));
    JsonObject record = PortalClient.json(sealed);
    assertEquals("acme", record.getString("seal"));
    assertEquals("PRODUCTION", record.getString("mode"));

    byte[] pdf = client.get(record.getJsonObject("links").getString("document"), null).body();
    String anchors = PortalClient.anonymousGet(server, "/api/v1/trust/anchors").body();
    assertTrue(anchors.contains("CN=ACME Root CA"), "the registered seal's root is published");
    String report = IndependentChecks.trusting(anchors, work).pdfsig(pdf);
    assertTrue(report.contains("Signer Certificate Common Name: ACME Seal"), report);
    assertTrue(report.contains("Signature is Valid."), report);
    assertTrue(report.contains("Certificate is Trusted."), report);
  }

  /** Fills and sends the PKCS#12 form (a full page submit); the growl message of the new page. */
  private String register(String name, Path pkcs12, String password) {
    driver.findElement(By.id("register:name")).clear();
    driver.findElement(By.id("register:name")).sendKeys(name);
    driver.findElement(By.cssSelector("#register input[type=file]")).sendKeys(pkcs12.toString());
    driver.findElement(By.cssSelector("#register input[type=password]")).sendKeys(password);
    WebElement before = driver.findElement(By.id("register"));
    return growlAfter(
        () -> {
          driver.findElement(By.id("register:submit")).click();
          Browser.awaitGone(wait, before);
        });
  }

  /** A seal certificate issued by a CA of its own, valid 20 days, as an organisation gets one. */
  private Path opensslIssuedPkcs12(String password) throws Exception {
    Path caKey = work.resolve("ca.key");
    Path ca = work.resolve("ca.pem");
    Path key = work.resolve("seal.key");
    Path request = work.resolve("seal.csr");
    Path certificate = work.resolve("seal.pem");
    Path extensions = work.resolve("seal.ext");
    Path pkcs12 = work.resolve("seal.p12");
    Files.writeString(
        extensions,
        "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n");
    run(
        "openssl",
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        caKey.toString(),
        "-out",
        ca.toString(),
        "-days",
        "3650",
        "-subj",
        "/CN=ACME Root CA/O=ACME SA");
    run(
        "openssl",
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        key.toString(),
        "-out",
        request.toString(),
        "-subj",
        "/CN=ACME Seal/O=ACME SA");
    run(
        "openssl",
        "x509",
        "-req",
        "-in",
        request.toString(),
        "-CA",
        ca.toString(),
        "-CAkey",
        caKey.toString(),
        "-CAcreateserial",
        "-out",
        certificate.toString(),
        "-days",
        "20",
        "-extfile",
        extensions.toString());
    run(
        "openssl",
        "pkcs12",
        "-export",
        "-inkey",
        key.toString(),
        "-in",
        certificate.toString(),
        "-certfile",
        ca.toString(),
        "-out",
        pkcs12.toString(),
        "-passout",
        "pass:" + password,
        "-name",
        "seal");
    return pkcs12;
  }

  private void run(String... command) throws Exception {
    Process process =
        new ProcessBuilder(List.of(command))
            .directory(work.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    assertTrue(process.waitFor(1, TimeUnit.MINUTES));
    assertEquals(0, process.exitValue(), output);
  }
}
