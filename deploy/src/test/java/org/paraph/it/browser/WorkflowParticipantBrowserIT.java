package org.paraph.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paraph.it.support.Browser;
import org.paraph.it.support.MailingPortal;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.ParticipantMail;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.SharedMailingServer;
import org.paraph.it.support.SmsGateway;
import org.paraph.it.support.TestPdfs;
import org.paraph.it.support.WorkflowJson;

/**
 * What participants and senders do around a workflow, in the browser: a participant declines with a
 * reason and the sender's dashboard shows it; the sender cancels or resends from the dashboard and
 * the links follow; a branded workflow shows its logo and colour and sends the participant to its
 * address after signing; a participant authenticated by SMS signs with the code from the gateway; a
 * participant corrects the name, which the sender allows to be corrected. Mail goes through a real
 * SMTP server (GreenMail), SMS through an HTTP gateway double. Each test starts its own workflow
 * over the API, under a name of its own.
 */
@ExtendWith(SharedMailingServer.class)
class WorkflowParticipantBrowserIT {

  private static GreenMail mail;
  private static SmsGateway sms;
  private static HttpServer thanksSite;
  private static ParaphServer server;
  private static PortalClient api;

  private Path work;
  private WebDriver sender;
  private WebDriver participant;
  private WebDriverWait senderWait;
  private WebDriverWait participantWait;

  @BeforeAll
  static void connect(MailingPortal portal) throws Exception {
    mail = portal.mail();
    sms = portal.sms();
    server = portal.server();
    thanksSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    thanksSite.createContext(
        "/thanks",
        exchange -> {
          byte[] page =
              "<html><body><h1 id='thanks'>Thank you from Example Corp</h1></body></html>"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
    thanksSite.start();
    api = PortalClient.asAdmin(server);
  }

  @AfterAll
  static void stop() {
    if (thanksSite != null) {
      thanksSite.stop(0);
    }
  }

  @BeforeEach
  void openBrowsers() throws Exception {
    work = Files.createTempDirectory(server.dataDir().getParent(), "participant-browser-");
    sender = Browser.start(work);
    senderWait = Browser.waitUpTo(sender, Duration.ofSeconds(60));
    participant = Browser.start(work);
    participantWait = Browser.waitUpTo(participant, Duration.ofSeconds(60));
  }

  @AfterEach
  void closeBrowsers(TestInfo test) {
    String name = test.getTestMethod().orElseThrow().getName();
    Browser.screenshot(sender, work.resolve(name + "-sender.png"));
    Browser.screenshot(participant, work.resolve(name + "-participant.png"));
    sender.quit();
    participant.quit();
  }

  @Test
  void aParticipantDeclinesWithAReasonAndTheSenderSeesIt() throws Exception {
    String name = unique("Declined lease");
    String email = address("decliner");
    startWorkflow(WorkflowJson.named(name).document("lease.pdf", TestPdfs.a4(1)), email);

    openLink(linkIn(awaitMail(email, 1).get(0)), name);
    participant.findElement(By.id("sign:decline-reason")).sendKeys("The rent is wrong on page 1");
    participant.findElement(By.id("sign:decline")).click();
    String asked = Browser.answerYes(participant, participantWait);
    assertTrue(asked.contains("Decline this request?"), asked);
    participantWait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("sign:participant-state"), "DECLINED"));
    assertTrue(
        participant.findElements(By.id("sign:sign-button")).isEmpty(),
        "nothing left to sign once declined");

    WebElement row = dashboardRow(name);
    assertEquals("DECLINED", row.findElement(By.cssSelector(".workflow-state")).getText());
    assertEquals("DECLINED", row.findElement(By.cssSelector(".participant-state")).getText());
    assertTrue(row.getText().contains("The rent is wrong on page 1"), row.getText());
    assertTrue(
        row.findElements(By.cssSelector(".cancel-workflow")).isEmpty(),
        "an ended workflow cannot be cancelled");
  }

  @Test
  void theSenderCancelsFromTheDashboardAndTheParticipantIsToldSo() throws Exception {
    String name = unique("Cancelled order");
    String email = address("cancelled");
    startWorkflow(WorkflowJson.named(name).document("order.pdf", TestPdfs.a4(1)), email);
    String link = linkIn(awaitMail(email, 1).get(0));
    openLink(link, name);

    WebElement row = dashboardRow(name);
    row.findElement(By.cssSelector(".cancel-workflow")).click();
    String asked = Browser.answerYes(sender, senderWait);
    assertTrue(asked.contains("Cancel \"" + name + "\"?"), asked);
    Browser.awaitAjaxQuiet(sender, senderWait);
    senderWait
        .ignoring(StaleElementReferenceException.class)
        .until(d -> stateOf(name).equals("CANCELLED"));

    participant.navigate().refresh();
    participantWait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("link-error-detail"), "The sender cancelled this request."));
    assertTrue(participant.findElements(By.id("sign")).isEmpty(), "no form to sign");
  }

  @Test
  void theSenderResendsAnInvitationAndOnlyTheNewLinkWorks() throws Exception {
    String name = unique("Resent contract");
    String email = address("resent");
    startWorkflow(WorkflowJson.named(name).document("contract.pdf", TestPdfs.a4(1)), email);
    String oldLink = linkIn(awaitMail(email, 1).get(0));

    WebElement row = dashboardRow(name);
    row.findElement(By.cssSelector(".resend")).click();
    Browser.awaitAjaxQuiet(sender, senderWait);
    String newLink = linkIn(awaitMail(email, 2).get(1));
    assertFalse(newLink.equals(oldLink), "a resent invitation carries a new link");
    assertFalse(sender.getPageSource().contains("/sign/"), "the sender never sees a link");

    participant.get(oldLink);
    participantWait.until(
        ExpectedConditions.visibilityOfElementLocated(By.id("link-error-detail")));
    assertTrue(
        participant
            .findElement(By.cssSelector(".verdict-headline"))
            .getText()
            .contains("This link cannot be used"));
    String detail = participant.findElement(By.id("link-error-detail")).getText();
    assertTrue(
        detail.startsWith("This link was replaced by a newer one, which the sender sent you on ")
            && detail.endsWith(": use the most recent message."),
        detail);
    assertTrue(participant.findElements(By.id("sign")).isEmpty(), "no form to sign");
    assertFalse(participant.getPageSource().contains(name), "nothing about the request");
    assertFalse(participant.getPageSource().contains(email), "nor the participant's address");

    openLink(newLink, name);
    askForCode("sent to");
    sign(ParticipantMail.codeIn(ParticipantMail.bodyOf(awaitMail(email, 3).get(2))));
    awaitSigned();
  }

  @Test
  void aBrandedWorkflowShowsItsLogoAndColourAndSendsTheParticipantOnAfterSigning()
      throws Exception {
    String name = unique("Branded agreement");
    String email = address("branded");
    String redirect =
        "http://127.0.0.1:" + thanksSite.getAddress().getPort() + "/thanks?from=paraph";
    JsonObject branding =
        Json.createObjectBuilder()
            .add("logoBase64", Base64.getEncoder().encodeToString(logoPng()))
            .add("primaryColour", "#aa3300")
            .add("redirectUrl", redirect)
            .build();
    String json =
        WorkflowJson.named(name)
            .document("agreement.pdf", TestPdfs.a4(1))
            .signer("Bea", "Brand", email, 1, 50)
            .json();
    JsonObject body = Json.createReader(new StringReader(json)).readObject();
    HttpResponse<byte[]> created =
        api.postJson(
            "/api/v1/workflows",
            Json.createObjectBuilder(body).add("branding", branding).build().toString());
    assertEquals(201, created.statusCode(), () -> text(created));

    openLink(linkIn(awaitMail(email, 1).get(0)), name);
    WebElement logo = participant.findElement(By.id("logo"));
    assertTrue(logo.getAttribute("src").startsWith("data:image/png;base64,"), "the sender's logo");
    participantWait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "var i = document.getElementById('logo');"
                            + " return i.complete && i.naturalWidth === 120;"));
    assertEquals(
        "#aa3300",
        colour(participant.findElement(By.cssSelector(".participant-header")), "border-top-color"),
        "the primary colour frames the page");
    assertEquals(
        "#aa3300",
        colour(participant.findElement(By.id("sign:sign-button")), "background-color"),
        "the primary colour on the sign button");

    askForCode("sent to");
    sign(ParticipantMail.codeIn(ParticipantMail.bodyOf(awaitMail(email, 2).get(1))));
    Browser.waitUpTo(participant, Duration.ofMinutes(2))
        .withMessage(() -> "sent on after signing; messages: " + growls(participant))
        .until(ExpectedConditions.urlToBe(redirect));
    assertEquals("Thank you from Example Corp", participant.findElement(By.id("thanks")).getText());
    assertEquals("SIGNED", participantState(PortalClient.json(created).getString("id")));
  }

  @Test
  void aParticipantAuthenticatedBySmsSignsWithTheCodeFromTheGateway() throws Exception {
    String name = unique("SMS consent");
    String mobile = "+3361" + (Instant.now().toEpochMilli() % 10_000_000L + 10_000_000L);
    String json = WorkflowJson.named(name).document("consent.pdf", TestPdfs.a4(1)).json();
    JsonObject body = Json.createReader(new StringReader(json)).readObject();
    JsonObject smsSigner =
        Json.createObjectBuilder()
            .add("name", "Sam")
            .add("surname", "Texto")
            .add("mobile", mobile)
            .add("order", 1)
            .add("action", "SIGN")
            .add("authentication", "sms")
            .add(
                "fields",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("document", 1)
                            .add("page", 1)
                            .add("x", 50)
                            .add("y", 650)
                            .add("width", 220)
                            .add("height", 70)))
            .build();
    HttpResponse<byte[]> created =
        api.postJson(
            "/api/v1/workflows",
            Json.createObjectBuilder(body)
                .add("participants", Json.createArrayBuilder().add(smsSigner))
                .build()
                .toString());
    assertEquals(201, created.statusCode(), () -> text(created));

    SmsGateway.Text invitation = sms.await(mobile, 1).get(0);
    assertEquals("Bearer " + SharedMailingServer.SMS_TOKEN, invitation.authorization());
    openLink(server.baseUrl() + "/sign/" + ParticipantMail.linkIn(invitation.text()), name);
    String destination = participant.findElement(By.id("otp-destination")).getText();
    assertFalse(destination.contains(mobile), "the number is masked: " + destination);
    assertTrue(destination.endsWith(mobile.substring(mobile.length() - 2)), destination);

    askForCode("sent to");
    SmsGateway.Text code = sms.await(mobile, 2).get(1);
    sign(ParticipantMail.codeIn(code.text()));
    awaitSigned();
    assertEquals(2, sms.to(mobile).size(), "the invitation and the code, nothing more");
  }

  @Test
  void aParticipantCorrectsOnlyWhatTheSenderAllowsAndTheSignatureNamesTheCorrection()
      throws Exception {
    String name = unique("Corrected name");
    String email = address("corrected");
    String json =
        WorkflowJson.named(name)
            .document("form.pdf", TestPdfs.a4(1))
            .signer("Jon", "Smiht", email, 1, 50)
            .json();
    JsonObject body = Json.createReader(new StringReader(json)).readObject();
    HttpResponse<byte[]> created =
        api.postJson(
            "/api/v1/workflows",
            Json.createObjectBuilder(body)
                .add("editable", Json.createArrayBuilder().add("name"))
                .build()
                .toString());
    assertEquals(201, created.statusCode(), () -> text(created));
    String id = PortalClient.json(created).getString("id");

    openLink(linkIn(awaitMail(email, 1).get(0)), name);
    askForCode("sent to");
    assertTrue(participant.findElements(By.id("sign:email")).isEmpty(), "e-mail not editable");
    assertTrue(participant.findElements(By.id("sign:mobile")).isEmpty(), "mobile not editable");
    WebElement surname = participant.findElement(By.id("sign:surname"));
    assertEquals("Smiht", surname.getAttribute("value"));
    surname.clear();
    surname.sendKeys("Smith");
    WebElement typed = participant.findElement(By.id("sign:typed"));
    typed.clear();
    typed.sendKeys("Jon Smith");
    sign(ParticipantMail.codeIn(ParticipantMail.bodyOf(awaitMail(email, 2).get(1))));
    awaitSigned();

    JsonObject workflow = PortalClient.json(api.get("/api/v1/workflows/" + id, "application/json"));
    assertEquals(
        "Smith",
        workflow.getJsonArray("participants").getJsonObject(0).getString("surname"),
        workflow::toString);
    String documentId = workflow.getJsonArray("documents").getJsonObject(0).getString("id");
    HttpResponse<byte[]> document =
        api.get("/api/v1/workflows/" + id + "/documents/" + documentId, "application/pdf");
    assertEquals(200, document.statusCode(), () -> text(document));
    try (PDDocument pdf = Loader.loadPDF(document.body())) {
      List<String> signers =
          pdf.getSignatureDictionaries().stream().map(PDSignature::getName).toList();
      assertTrue(signers.contains("Jon Smith"), "the corrected name signs: " + signers);
    }
  }

  @Test
  void aParticipantWhoAsksForTooManyCodesIsToldWhenTheyMayAskAgain() throws Exception {
    String name = unique("Impatient lease");
    String email = address("impatient");
    startWorkflow(WorkflowJson.named(name).document("lease.pdf", TestPdfs.a4(1)), email);
    openLink(linkIn(awaitMail(email, 1).get(0)), name);
    assertEquals(
        "At most 3 codes within 10 minutes.",
        participant.findElement(By.id("otp-limit")).getText(),
        "the limit is said before it is reached");

    for (int asked = 1; asked <= 3; asked++) {
      askForCode("A 6-digit code was sent to");
      awaitMail(email, 1 + asked);
    }
    participant.findElement(By.id("sign:send-otp")).click();
    participantWait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("messages"), "You have asked for 3 codes in the last 10 minutes"));
    Browser.awaitAjaxQuiet(participant, participantWait);
    String shown = participant.findElement(By.id("messages")).getText();
    assertTrue(
        shown.contains("No code sent")
            && shown.matches(
                "(?s).*ask for a new one after \\d\\d:\\d\\d UTC \\(in \\d+ minutes?\\).*"),
        shown);
    List<MimeMessage> received = mailsTo(email);
    assertEquals(4, received.size(), "the invitation and three codes, no fourth");

    // The latest code still signs.
    sign(ParticipantMail.codeIn(ParticipantMail.bodyOf(received.get(3))));
    awaitSigned();
  }

  // --- the sender ---

  private void startWorkflow(WorkflowJson workflow, String email) throws Exception {
    HttpResponse<byte[]> created =
        api.postJson("/api/v1/workflows", workflow.signer("Pat", "Part", email, 1, 50).json());
    assertEquals(201, created.statusCode(), () -> text(created));
  }

  /** The sender's dashboard, logged in, and the row of the named workflow. */
  private WebElement dashboardRow(String name) {
    sender.get(server.baseUrl() + "/app/workflows.xhtml");
    if (sender.getCurrentUrl().contains("/login.xhtml")) {
      sender.findElement(By.id("login:username")).sendKeys(ParaphServer.ADMIN);
      sender
          .findElement(By.cssSelector("input[type=password]"))
          .sendKeys(ParaphServer.ADMIN_PASSWORD);
      sender.findElement(By.id("login:submit")).click();
      senderWait.until(ExpectedConditions.urlContains("/app/workflows.xhtml"));
    }
    return senderWait.until(d -> rowOf(name));
  }

  private WebElement rowOf(String name) {
    for (WebElement row : sender.findElements(By.cssSelector(".workflow-row"))) {
      List<WebElement> names = row.findElements(By.cssSelector(".workflow-name"));
      if (!names.isEmpty() && names.get(0).getText().equals(name)) {
        return row;
      }
    }
    return null;
  }

  private String stateOf(String name) {
    WebElement row = rowOf(name);
    return row == null ? "" : row.findElement(By.cssSelector(".workflow-state")).getText();
  }

  private static String participantState(String workflowId) throws Exception {
    return PortalClient.json(api.get("/api/v1/workflows/" + workflowId, "application/json"))
        .getJsonArray("participants")
        .getJsonObject(0)
        .getString("state");
  }

  // --- the participant ---

  private void openLink(String link, String workflowName) {
    participant.get(link);
    participantWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("workflow-name")));
    assertEquals(workflowName, participant.findElement(By.id("workflow-name")).getText());
  }

  private void askForCode(String confirmation) {
    participant.findElement(By.id("sign:send-otp")).click();
    participantWait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), confirmation));
    Browser.awaitAjaxQuiet(participant, participantWait);
  }

  private void sign(String code) {
    WebElement otp = participant.findElement(By.id("sign:otp"));
    otp.clear();
    otp.sendKeys(code);
    participant.findElement(By.id("sign:sign-button")).click();
  }

  private void awaitParticipantState(String state) {
    Browser.waitUpTo(participant, Duration.ofMinutes(2))
        .withMessage(() -> "state " + state + "; messages: " + growls(participant))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("sign:participant-state"), state));
  }

  /** Signed, and told so: not an error after the signature went on. */
  private void awaitSigned() {
    awaitParticipantState("SIGNED");
    participantWait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Thank you"));
    String messages = participant.findElement(By.id("messages")).getText();
    assertFalse(messages.contains("Not signed"), messages);
  }

  private static String growls(WebDriver driver) {
    return driver.findElements(By.cssSelector(".ui-growl-message, .ui-messages")).stream()
        .map(WebElement::getText)
        .toList()
        .toString();
  }

  // --- mail and data ---

  private static List<MimeMessage> awaitMail(String recipient, int count)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
    List<MimeMessage> messages = mailsTo(recipient);
    while (messages.size() < count && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      messages = mailsTo(recipient);
    }
    if (messages.size() < count) {
      throw new AssertionError(
          "expected " + count + " mails to " + recipient + ", got " + messages);
    }
    return messages;
  }

  private static List<MimeMessage> mailsTo(String recipient) {
    return List.of(mail.getReceivedMessagesForDomain(recipient));
  }

  /** The full link in a mail, as the participant clicks it. */
  private String linkIn(MimeMessage message) {
    return server.baseUrl() + "/sign/" + ParticipantMail.linkIn(ParticipantMail.bodyOf(message));
  }

  /** A CSS colour as #rrggbb, whichever notation the browser reports it in. */
  private static String colour(WebElement element, String property) {
    return org.openqa.selenium.support.Color.fromString(element.getCssValue(property)).asHex();
  }

  private static String unique(String prefix) {
    return prefix + " " + Long.toString(System.nanoTime(), 36);
  }

  private static String address(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime(), 36) + "@example.org";
  }

  private static byte[] logoPng() throws Exception {
    BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xaa, 0x33, 0x00));
    g.fillRect(0, 0, 120, 40);
    g.setColor(Color.WHITE);
    g.drawString("Example Corp", 10, 25);
    g.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    return png.toByteArray();
  }

  private static String text(HttpResponse<byte[]> response) {
    return response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8);
  }
}
