package org.paraph.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.paraph.it.support.Browser;
import org.paraph.it.support.IndependentChecks;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.ParticipantMail;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.TestPdfs;
import org.paraph.it.support.WorkflowJson;

/**
 * An administrator configures the demo seal's annotation in its editor, watching the preview
 * change, saves, and the next seal made over the API shows it; then its timestamp authorities. Each
 * test puts the demo seal's settings back, since other tests share the server.
 */
class SealAppearanceIT extends BrowserTestBase {

  private static final String ORGANISATION = "株式会社テスト Ελλάς";
  private static final By PREVIEW = By.id("preview-image");

  @Test
  void theAnnotationIsConfiguredWithALivePreviewAndSealsShowIt(ParaphServer server)
      throws Exception {
    openEditorOfTheDemoSeal(server);
    String original = value("appearance:organisation");
    try {
      String before = previewSource();

      type("appearance:organisation", ORGANISATION);
      String afterOrganisation = awaitNewPreview(before);
      type("appearance:reason", "Certified by the board");
      String afterReason = awaitNewPreview(afterOrganisation);
      type("appearance:zone", "Mars/Olympus");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-error")));
      assertTrue(
          driver.findElement(By.id("preview-error")).getText().contains("Unknown time zone"));
      type("appearance:zone", "Europe/Paris");
      String afterZone = awaitNewPreview(afterReason);
      click("appearance:showPerson");
      String afterPerson = awaitNewPreview(afterZone);
      assertTrue(driver.findElements(By.id("preview-error")).isEmpty(), "the zone is accepted now");
      Path logo = work.resolve("logo.png");
      Files.write(logo, redSquarePng());
      driver.findElement(By.cssSelector("#logo input[type=file]")).sendKeys(logo.toString());
      awaitNewPreview(afterPerson);
      Browser.screenshot(driver, work.resolve("configured.png"));

      save();

      HttpResponse<byte[]> sealed =
          PortalClient.asAdmin(server).seal(TestPdfs.a4(1), Map.of("visible", "true"));
      assertEquals(200, sealed.statusCode(), () -> new String(sealed.body()));
      String annotation = annotationText(sealed.body());
      assertTrue(annotation.contains(ORGANISATION), annotation);
      assertTrue(annotation.contains("Reason: Certified by the board"), annotation);
      assertTrue(
          annotation.matches("(?s).*Sealed \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d CES?T.*"),
          annotation);
      assertTrue(annotation.contains("Requested by "), annotation);
      assertTrue(hasImage(sealed.body()), "the logo is in the seal's appearance");
      String anchors = PortalClient.anonymousGet(server, "/api/v1/trust/anchors").body();
      String report = IndependentChecks.trusting(anchors, work).pdfsig(sealed.body());
      assertTrue(report.contains("Signature is Valid."), report);
    } finally {
      openEditorOfTheDemoSeal(server);
      type("appearance:organisation", original);
      type("appearance:reason", "");
      type("appearance:zone", "UTC");
      if (checked("appearance:showPerson")) {
        click("appearance:showPerson");
      }
      if (!driver.findElements(By.id("removeLogo:remove")).isEmpty()) {
        // The button is inside the preview, which a late keyup request may still be redrawing.
        wait.until(
            d -> {
              d.findElement(By.id("removeLogo:remove")).click();
              return true;
            });
        awaitAjaxQuiet();
      }
      save();
    }
  }

  @Test
  void theDefaultLevelAndTheTimestampAuthoritiesComeFromTheSeal(ParaphServer server)
      throws Exception {
    String dead = deadUrl();
    PortalClient client = PortalClient.asAdmin(server);
    openEditorOfTheDemoSeal(server);
    try {
      type("appearance:tsas", dead);
      click("appearance:degrade");
      save();

      HttpResponse<byte[]> degraded = client.seal(TestPdfs.a4(1), Map.of());
      assertEquals(200, degraded.statusCode(), () -> new String(degraded.body()));
      assertEquals("B-B", degraded.headers().firstValue("Paraph-Seal-Degraded").orElse(""));
      JsonObject record =
          PortalClient.json(client.seal(TestPdfs.a4(1), "a.pdf", Map.of(), "application/json"));
      assertEquals("B-B", record.getString("level"));
      assertEquals("B-T", record.getString("degradedFrom"), "the seal's default level, B-T");

      openEditorOfTheDemoSeal(server);
      click("appearance:degrade");
      save();
      HttpResponse<byte[]> refused = client.seal(TestPdfs.a4(1), Map.of("level", "B-T"));
      assertEquals(503, refused.statusCode());
      String problem = new String(refused.body(), StandardCharsets.UTF_8);
      assertTrue(problem.contains("timestamp-unavailable") && problem.contains(dead), problem);

      openEditorOfTheDemoSeal(server);
      click("appearance:level", "B-B");
      save();
      JsonObject basic =
          PortalClient.json(client.seal(TestPdfs.a4(1), "b.pdf", Map.of(), "application/json"));
      assertEquals("B-B", basic.getString("level"));
      assertFalse(basic.containsKey("degradedFrom") && !basic.isNull("degradedFrom"));
    } finally {
      openEditorOfTheDemoSeal(server);
      type("appearance:tsas", "");
      if (checked("appearance:degrade")) {
        click("appearance:degrade");
      }
      click("appearance:level", "B-T");
      save();
    }
  }

  @Test
  void whetherDocumentsAreKeptIsChosenOnTheSealsSettingsAndTheApiFollowsIt(ParaphServer server)
      throws Exception {
    PortalClient client = PortalClient.asAdmin(server);
    openEditorOfTheDemoSeal(server);
    try {
      choose("appearance:retention", "ALWAYS");
      save();
      HttpResponse<byte[]> refused =
          client.seal(TestPdfs.a4(1), "a.pdf", Map.of("keep", "false"), "application/json");
      assertEquals(400, refused.statusCode(), () -> new String(refused.body()));
      JsonObject problem = PortalClient.json(refused);
      assertTrue(problem.getString("type").endsWith("/option-not-applicable"), problem::toString);
      assertTrue(problem.getString("detail").contains("demo"), problem::toString);

      openEditorOfTheDemoSeal(server);
      choose("appearance:retention", "ON_REQUEST");
      save();
      JsonObject unkept =
          PortalClient.json(client.seal(TestPdfs.a4(1), "b.pdf", Map.of(), "application/json"));
      assertFalse(unkept.getBoolean("documentsKept"), unkept::toString);
      JsonObject kept =
          PortalClient.json(
              client.seal(TestPdfs.a4(1), "c.pdf", Map.of("keep", "true"), "application/json"));
      assertTrue(kept.getBoolean("documentsKept"), kept::toString);

      openEditorOfTheDemoSeal(server);
      assertTrue(retentionInput("ON_REQUEST").isSelected(), "the editor shows the retention saved");
    } finally {
      openEditorOfTheDemoSeal(server);
      choose("appearance:retention", "BY_DEFAULT");
      save();
    }
  }

  /**
   * Issue 4: a workflow whose final sealing fails is visible as such and retried, never silently
   * stuck. Its organisation seal's only timestamp authority is down, so the B-LTA sealing fails.
   */
  @Test
  void aWorkflowWhoseFinalSealingFailsShowsWhyAndCompletesWhenRetried(ParaphServer server)
      throws Exception {
    PortalClient sender = PortalClient.asAdmin(server);
    String dead = deadUrl();
    String email = "final-" + System.nanoTime() + "@example.org";
    String id;
    openEditorOfTheDemoSeal(server);
    try {
      type("appearance:tsas", dead);
      save();
      HttpResponse<byte[]> created =
          sender.postJson(
              "/api/v1/workflows",
              WorkflowJson.named("Sealed when the TSA is back")
                  .document("a.pdf", TestPdfs.a4(1))
                  .signer("Fay", "Final", email, 1, 50)
                  .json());
      assertEquals(201, created.statusCode(), () -> new String(created.body()));
      id = PortalClient.json(created).getString("id");
      String link = ParticipantMail.linkIn(ParticipantMail.awaitOutbox(server, email, 1).get(0));
      HttpResponse<byte[]> otp =
          PortalClient.anonymousPost(
              server, "/api/v1/sign/" + link + "/otp", null, null, "application/json");
      assertEquals(200, otp.statusCode(), () -> new String(otp.body()));
      String code = ParticipantMail.codeIn(ParticipantMail.awaitOutbox(server, email, 2).get(1));
      HttpResponse<byte[]> signed =
          PortalClient.anonymousPostJson(
              server,
              "/api/v1/sign/" + link + "/complete",
              "{\"otp\": \""
                  + code
                  + "\", \"signature\": {\"mode\": \"typed\", \"text\": \"F F\"}}");
      assertEquals(200, signed.statusCode(), () -> new String(signed.body()));

      JsonObject failed = awaitWorkflowState(sender, id, "FINALISATION_FAILED");
      String why = failed.getString("finalisationError", "");
      assertTrue(why.contains(dead), "the sender and administrators see why: " + failed);
    } finally {
      openEditorOfTheDemoSeal(server);
      type("appearance:tsas", "");
      save();
    }

    HttpResponse<byte[]> retried =
        sender.post(
            "/api/v1/workflows/" + id + "/finalisation/retry", null, null, "application/json");
    assertEquals(200, retried.statusCode(), () -> new String(retried.body()));
    JsonObject completed = awaitWorkflowState(sender, id, "COMPLETED");
    assertFalse(
        completed.containsKey("finalisationError") && !completed.isNull("finalisationError"),
        () -> "the failure is cleared once sealed: " + completed);
    String events =
        new String(
            sender.get("/api/v1/workflows/" + id + "/audit-trail", "application/json").body(),
            StandardCharsets.UTF_8);
    assertTrue(events.contains("WORKFLOW_FINALISATION_FAILED"), events);
    assertTrue(events.contains("WORKFLOW_SEALED"), events);
  }

  private static JsonObject awaitWorkflowState(PortalClient sender, String id, String state)
      throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    JsonObject workflow;
    do {
      workflow = PortalClient.json(sender.get("/api/v1/workflows/" + id, "application/json"));
      if (state.equals(workflow.getString("state"))) {
        return workflow;
      }
      Thread.sleep(250);
    } while (Instant.now().isBefore(deadline));
    throw new AssertionError("workflow " + id + " never reached " + state + ": " + workflow);
  }

  private void openEditorOfTheDemoSeal(ParaphServer server) {
    driver.get(server.baseUrl() + "/admin/seals.xhtml");
    if (driver.getCurrentUrl().contains("/login.xhtml")) {
      logInAsAdministrator();
      // The login leads back to the page asked for.
      wait.until(ExpectedConditions.urlContains("/admin/seals.xhtml"));
    }
    WebElement row =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody/tr[td[1][starts-with(normalize-space(.), 'demo')]]")));
    row.findElement(By.cssSelector("a.seal-settings-link")).click();
    wait.until(ExpectedConditions.urlContains("/admin/seal-appearance.xhtml"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(PREVIEW));
  }

  private String previewSource() {
    return driver.findElement(PREVIEW).getAttribute("src");
  }

  /** The preview is redrawn by ajax: a new image replaces the old one. */
  private String awaitNewPreview(String before) {
    wait.until(
        d -> {
          try {
            String now = d.findElement(PREVIEW).getAttribute("src");
            return now != null && now.startsWith("data:image/png") && !now.equals(before);
          } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return false;
          }
        });
    String after = previewSource();
    assertNotEquals(before, after);
    return after;
  }

  private String value(String id) {
    return driver.findElement(By.id(id)).getAttribute("value");
  }

  private void type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
    // Leaves the field, so that its change is sent as a user's would be.
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].dispatchEvent(new Event('change'));", field);
    awaitAjaxQuiet();
  }

  private boolean checked(String id) {
    return driver.findElement(By.id(id + "_input")).isSelected();
  }

  private void click(String id) {
    driver.findElement(By.cssSelector("[id='" + id + "'] .ui-chkbox-box")).click();
    awaitAjaxQuiet();
  }

  private void click(String radioId, String value) {
    driver
        .findElement(
            By.xpath("//*[@id='" + radioId + "']//label[normalize-space(.)='" + value + "']"))
        .click();
  }

  /** Chooses the radio button of this value, by its label (the labels here are sentences). */
  private void choose(String radioId, String value) {
    String inputId =
        driver
            .findElement(By.xpath("//*[@id='" + radioId + "']//input[@value='" + value + "']"))
            .getAttribute("id");
    driver.findElement(By.xpath("//label[@for='" + inputId + "']")).click();
  }

  private WebElement retentionInput(String value) {
    return driver.findElement(
        By.xpath("//*[@id='appearance:retention']//input[@value='" + value + "']"));
  }

  private void save() {
    awaitAjaxQuiet();
    String message = growlAfter(() -> driver.findElement(By.id("appearance:save")).click());
    assertTrue(message.contains("Saved"), message);
  }

  /** The text of the visible seal widgets, each appearance drawn on a page of its own. */
  private static String annotationText(byte[] pdf) throws IOException {
    try (PDDocument sealed = Loader.loadPDF(pdf);
        PDDocument pages = new PDDocument()) {
      for (PDPage page : sealed.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          PDAppearanceStream appearance = annotation.getNormalAppearanceStream();
          if (annotation instanceof PDAnnotationWidget && appearance != null) {
            PDRectangle box = appearance.getBBox();
            PDPage copy = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
            pages.addPage(copy);
            try (PDPageContentStream content = new PDPageContentStream(pages, copy)) {
              content.drawForm(appearance);
            }
          }
        }
      }
      return new PDFTextStripper().getText(pages);
    }
  }

  /** Whether a visible widget's appearance draws an image. */
  private static boolean hasImage(byte[] pdf) throws IOException {
    try (PDDocument sealed = Loader.loadPDF(pdf)) {
      for (PDPage page : sealed.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          PDAppearanceStream appearance = annotation.getNormalAppearanceStream();
          if (annotation instanceof PDAnnotationWidget
              && appearance != null
              && containsImage(appearance.getResources())) {
            return true;
          }
        }
      }
      return false;
    }
  }

  private static boolean containsImage(PDResources resources) throws IOException {
    if (resources == null) {
      return false;
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDImageXObject
          || (object instanceof PDFormXObject form && containsImage(form.getResources()))) {
        return true;
      }
    }
    return false;
  }

  private static byte[] redSquarePng() throws IOException {
    BufferedImage image = new BufferedImage(60, 60, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(Color.RED);
    graphics.fillRect(0, 0, 60, 60);
    graphics.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static String deadUrl() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/tsa";
    }
  }
}
