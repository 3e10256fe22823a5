package org.paraph.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.TestPdfs;

/** Someone without an account checks a document they received: drop it, read the verdict. */
class VerifyPageIT extends BrowserTestBase {

  @Test
  void aVisitorFromTheLoginPageSeesASealedDocumentValidAsATestSeal(ParaphServer server)
      throws Exception {
    byte[] sealed = seal(server, TestPdfs.a4(1));

    driver.get(server.baseUrl() + "/login.xhtml");
    driver.findElement(By.id("login:verify")).click();
    wait.until(ExpectedConditions.urlContains("/verify.xhtml"));
    drop("certificate.pdf", sealed);

    WebElement verdict = awaitVerdict();
    assertTrue(classes(verdict).contains("verdict-passed"), classes(verdict));
    assertEquals("Valid", verdict.findElement(By.cssSelector(".verdict-text")).getText());
    assertTrue(verdict.findElement(By.cssSelector(".test-tag")).isDisplayed());
    assertTrue(verdict.getText().contains("Test seal"), verdict.getText());
    assertEquals("PAdES-BASELINE-B", verdict.findElement(By.cssSelector(".level")).getText());
    assertEquals("Yes", verdict.findElement(By.cssSelector(".covers")).getText());
    assertEquals(
        "Revocation checked: CRL issued by this portal: not revoked",
        verdict.findElement(By.cssSelector(".revocation")).getText());
    assertTrue(
        verdict.findElement(By.cssSelector(".signer")).getText().contains("Demo Seal"),
        verdict.getText());
    assertEquals("certificate.pdf", driver.findElement(By.id("file-name")).getText());
    // This server has no PARAPH_LOTL_SIGNERS: the page says the EU lists were not used, and why.
    String trustedLists = driver.findElement(By.id("trusted-lists")).getText();
    assertTrue(trustedLists.startsWith("EU trusted lists not used: "), trustedLists);
    assertTrue(trustedLists.contains("PARAPH_LOTL_SIGNERS"), trustedLists);
    assertFalse(driver.getCurrentUrl().contains("login"), "no login was asked for");
  }

  @Test
  void aChangedDocumentIsShownInvalidInRed(ParaphServer server) throws Exception {
    byte[] tampered = seal(server, TestPdfs.a4(1));
    int digit = indexOf(tampered, "%PDF-1.") + 7;
    tampered[digit] = (byte) (tampered[digit] == '7' ? '6' : '7');

    driver.get(server.baseUrl() + "/verify.xhtml");
    drop("changed.pdf", tampered);

    WebElement verdict = awaitVerdict();
    assertTrue(classes(verdict).contains("verdict-failed"), classes(verdict));
    assertEquals(
        "Invalid: the document was changed after it was signed",
        verdict.findElement(By.cssSelector(".verdict-text")).getText());
  }

  @Test
  void anUnsignedDocumentIsSaidToHaveNoSignature(ParaphServer server) throws Exception {
    driver.get(server.baseUrl() + "/verify.xhtml");
    drop("plain.pdf", TestPdfs.a4(1));

    WebElement none =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-signature")));
    assertEquals("This document has no signature.", none.getText());
  }

  private void drop(String name, byte[] content) throws Exception {
    Path file = work.resolve(name);
    Files.write(file, content);
    driver.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(file.toString());
  }

  private WebElement awaitVerdict() {
    List<WebElement> verdicts =
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#report .verdict"), 1));
    return verdicts.get(0);
  }

  private static String classes(WebElement element) {
    return element.getAttribute("class");
  }

  private static byte[] seal(ParaphServer server, byte[] pdf) throws Exception {
    HttpResponse<byte[]> response = PortalClient.asAdmin(server).seal(pdf, Map.of("level", "B-B"));
    assertEquals(200, response.statusCode());
    return response.body();
  }

  private static int indexOf(byte[] data, String text) {
    byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i <= data.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (data[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("'" + text + "' not found in the PDF");
  }
}
