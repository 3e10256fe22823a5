package org.paraph.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.paraph.it.support.IndependentChecks;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.TestPdfs;

/** A person seals a PDF in the browser: log in, drop the PDF, drag the seal box, seal, download. */
class SealPageIT extends BrowserTestBase {

  @Test
  void aDocumentIsSealedWhereTheBoxWasDropped(ParaphServer server) throws Exception {
    driver.get(server.baseUrl() + "/app/seal.xhtml");
    logInAsAdministrator();
    wait.until(ExpectedConditions.urlContains("/app/seal.xhtml"));

    Path pdf = work.resolve("letter.pdf");
    Files.write(pdf, TestPdfs.a4(2));
    driver.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(pdf.toString());
    WebElement page =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#seal-stage .page-image")));
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "var i = document.querySelector('#seal-stage .page-image'); return i.complete && i.naturalWidth > 0;"));
    assertEquals("letter.pdf", driver.findElement(By.id("document-name")).getText());
    awaitAjaxQuiet();

    WebElement box = driver.findElement(By.id("seal-box"));
    double pixelsPerPoint = page.getSize().getWidth() / 595.2756;
    new Actions(driver).clickAndHold(box).moveByOffset(180, 420).release().perform();
    float x = Float.parseFloat(hidden("seal:x"));
    float y = Float.parseFloat(hidden("seal:y"));
    assertEquals(36 + 180 / pixelsPerPoint, x, 3.0, "the box moved right by the dragged distance");
    assertEquals(36 + 420 / pixelsPerPoint, y, 3.0, "the box moved down by the dragged distance");

    driver.findElement(By.id("seal:apply")).click();
    WebElement download =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("download")));

    byte[] sealed = downloadWithTheBrowsersSession(download.getAttribute("href"));
    try (PDDocument document = Loader.loadPDF(sealed)) {
      List<PDSignatureField> fields = document.getSignatureFields();
      assertEquals(1, fields.size());
      PDRectangle rect = fields.get(0).getWidgets().get(0).getRectangle();
      float pageHeight = document.getPage(0).getMediaBox().getHeight();
      assertEquals(x, rect.getLowerLeftX(), 1.0, "left edge where the box was dropped");
      assertEquals(
          y, pageHeight - rect.getUpperRightY(), 1.0, "top edge where the box was dropped");
      assertEquals(
          document.getPage(0).getCOSObject(),
          fields.get(0).getWidgets().get(0).getPage().getCOSObject());
    }
    String anchors = PortalClient.anonymousGet(server, "/api/v1/trust/anchors").body();
    String report = IndependentChecks.trusting(anchors, work).pdfsig(sealed);
    assertTrue(report.contains("Signature is Valid."), report);
    assertTrue(report.contains("Certificate is Trusted."), report);
    assertTrue(report.contains("Total document signed"), report);

    driver.get(server.baseUrl() + "/app/seals.xhtml");
    String history = driver.findElement(By.id("history:seals")).getText();
    assertTrue(history.contains("letter.pdf") && history.contains("TEST"), history);

    driver.get(server.baseUrl() + "/admin/audit.xhtml");
    String events = driver.findElement(By.id("audit:events")).getText();
    assertTrue(events.contains("LOGIN") && events.contains("SEAL_APPLIED"), events);
    assertTrue(events.contains("letter.pdf"), events);
    driver.findElement(By.id("audit:verify")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("audit:chain-status"), "intact"));

    driver.findElement(By.id("menu:logout")).click();
    wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    driver.get(server.baseUrl() + "/app/seals.xhtml");
    wait.until(ExpectedConditions.urlContains("/login.xhtml"));
  }

  private String hidden(String id) {
    return driver.findElement(By.id(id)).getAttribute("value");
  }

  private byte[] downloadWithTheBrowsersSession(String href) throws Exception {
    Cookie session = driver.manage().getCookieNamed("JSESSIONID");
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session.getValue())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode());
    assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
    return response.body();
  }
}
