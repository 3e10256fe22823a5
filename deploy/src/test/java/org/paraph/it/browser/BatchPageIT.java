package org.paraph.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paraph.it.support.Browser;
import org.paraph.it.support.IndependentChecks;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.TestPdfs;

/**
 * A person seals a batch in the browser: several PDFs chosen at once, the level chosen, started;
 * the progress bar reaches 100% and each row shows its result, a download or the reason.
 */
class BatchPageIT extends BrowserTestBase {

  @Test
  void severalDocumentsAreSealedWithAProgressBarAndOneRowPerDocument(ParaphServer server)
      throws Exception {
    driver.get(server.baseUrl() + "/app/batch.xhtml");
    logInAsAdministrator();
    wait.until(ExpectedConditions.urlContains("/app/batch.xhtml"));

    List<String> names = List.of("invoice-1.pdf", "invoice-2.pdf", "broken.pdf", "invoice-3.pdf");
    StringBuilder paths = new StringBuilder();
    for (String name : names) {
      Path file = work.resolve(name);
      if (name.equals("broken.pdf")) {
        Files.writeString(file, "This is not a PDF at all", StandardCharsets.UTF_8);
      } else {
        Files.write(file, TestPdfs.a4(names.indexOf(name) + 1));
      }
      paths.append(paths.length() == 0 ? "" : "\n").append(file);
    }
    driver.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(paths.toString());
    // Each upload re-renders the list of chosen documents.
    wait.ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              String chosen = d.findElement(By.id("batch:chosen")).getText();
              return names.stream().allMatch(chosen::contains);
            });
    awaitAjaxQuiet();

    driver.findElement(By.xpath("//label[text()='B-B: signature']")).click();
    driver.findElement(By.id("batch:reason")).sendKeys("Monthly invoices");
    driver.findElement(By.id("batch:start")).click();

    WebDriverWait patient = Browser.waitUpTo(driver, Duration.ofMinutes(3));
    patient.ignoring(StaleElementReferenceException.class);
    patient.until(ExpectedConditions.textToBePresentInElementLocated(By.id("batch:bar"), "100%"));
    patient.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("batch:counts"), "complete"));
    // The poll fires every second whatever the server's pace: on a slow server several requests
    // queue up, and those still queued once the batch is complete re-render the table again.
    awaitAjaxQuiet();
    assertEquals(
        "3 sealed, 1 failed, of 4: complete", driver.findElement(By.id("batch:counts")).getText());

    List<ShownRow> rows =
        driver.findElements(By.cssSelector("#batch\\:documents tbody tr")).stream()
            .map(ShownRow::of)
            .toList();
    assertEquals(4, rows.size());
    String anchors = PortalClient.anonymousGet(server, "/api/v1/trust/anchors").body();
    IndependentChecks checks = IndependentChecks.trusting(anchors, work);
    for (int i = 0; i < rows.size(); i++) {
      ShownRow row = rows.get(i);
      assertTrue(row.text().contains(names.get(i)), row.text());
      String state = row.state();
      if (names.get(i).equals("broken.pdf")) {
        assertEquals("FAILED", state);
        assertTrue(row.error().contains("not a PDF"), row.text());
        continue;
      }
      assertEquals("DONE", state, row.text());
      String href = row.download();
      assertNotNull(href, "a download: " + row.text());
      String report = checks.pdfsig(downloadWithTheBrowsersSession(href, "application/pdf"));
      assertTrue(report.contains("Signature is Valid."), report);
      assertTrue(report.contains("Total document signed"), report);
      String record =
          new String(
              downloadWithTheBrowsersSession(
                  href.substring(0, href.lastIndexOf("/document")), "application/json"),
              StandardCharsets.UTF_8);
      assertTrue(record.contains("\"level\":\"B-B\""), "the level chosen: " + record);
    }
  }

  /**
   * What a row of the results shows, read at once: the checks that follow take seconds a row, and
   * the page's elements are not to be held that long.
   */
  private record ShownRow(String text, String state, String error, String download) {

    static ShownRow of(WebElement row) {
      return new ShownRow(
          row.getText(),
          row.findElement(By.cssSelector(".job-state")).getText(),
          row.findElements(By.cssSelector(".job-error")).stream()
              .map(WebElement::getText)
              .findFirst()
              .orElse(""),
          row.findElements(By.cssSelector("a.job-download")).stream()
              .map(link -> link.getAttribute("href"))
              .findFirst()
              .orElse(null));
    }
  }

  private byte[] downloadWithTheBrowsersSession(String href, String mediaType) throws Exception {
    Cookie session = driver.manage().getCookieNamed("JSESSIONID");
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session.getValue())
                    .header("Accept", mediaType)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode());
    assertEquals(
        mediaType,
        response.headers().firstValue("Content-Type").orElse("").split(";")[0],
        new String(response.body(), StandardCharsets.UTF_8));
    return response.body();
  }
}
