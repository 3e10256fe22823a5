package org.paraph.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paraph.it.support.Browser;
import org.paraph.it.support.IndependentChecks;
import org.paraph.it.support.MailingPortal;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.SenderWizard;
import org.paraph.it.support.SharedMailingServer;
import org.paraph.it.support.TestPdfs;

/**
 * The workflow journey in the browser, with a real SMTP server: the sender builds the workflow in
 * the wizard and drags the participants' boxes onto the page; each participant opens the link from
 * their mail, asks for the code, reads it from the next mail and signs; the seal approver approves
 * on the tasks page; the sender sees the workflow completed and downloads the signed document.
 */
@ExtendWith(SharedMailingServer.class)
class WorkflowBrowserIT {

  private static final Pattern LINK = Pattern.compile("(https?://\\S+/sign/[A-Za-z0-9_-]{20,})");
  private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
  private static final double A4_WIDTH = 595.2756;

  private static GreenMail mail;
  private static ParaphServer server;

  private Path work;
  private WebDriver sender;
  private WebDriver participant;
  private WebDriverWait senderWait;
  private WebDriverWait participantWait;

  @BeforeAll
  static void connect(MailingPortal portal) {
    mail = portal.mail();
    server = portal.server();
  }

  @BeforeEach
  void openBrowsers() throws Exception {
    work = Files.createTempDirectory(server.dataDir().getParent(), "workflow-browser-");
    sender = Browser.start(work);
    senderWait = Browser.waitUpTo(sender, Duration.ofSeconds(30));
    participant = Browser.start(work);
    participantWait = Browser.waitUpTo(participant, Duration.ofSeconds(30));
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
  void aWorkflowBuiltInTheWizardIsSignedThroughTheLinksAndSealed() throws Exception {
    // The sender: the wizard.
    sender.get(server.baseUrl() + "/app/workflow-new.xhtml");
    senderWait.until(ExpectedConditions.urlContains("/login.xhtml"));
    sender.findElement(By.id("login:username")).sendKeys(ParaphServer.ADMIN);
    sender
        .findElement(By.cssSelector("input[type=password]"))
        .sendKeys(ParaphServer.ADMIN_PASSWORD);
    sender.findElement(By.id("login:submit")).click();
    senderWait.until(ExpectedConditions.urlContains("/app/workflow-new.xhtml"));
    assertEquals(
        List.of("SIGN", "SEAL"),
        SenderWizard.actionsOffered(sender),
        "no qualified trust service is configured here: qualified signatures are not offered");

    byte[] original = TestPdfs.a4(1);
    Path pdf = work.resolve("contract.pdf");
    Files.write(pdf, original);
    sender.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(pdf.toString());
    senderWait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".uploaded-document"), "contract.pdf"));
    awaitPageImage();

    addParticipant("Alice", "Martin", "alice@browser.example.org", null, 1);
    addParticipant("Bob", "Durand", "bob@browser.example.org", null, 2);
    addParticipant("Admin", "Seal", null, ParaphServer.ADMIN, 3);

    placeBoxFor("Alice Martin", 0, 120, 480);
    placeBoxFor("Bob Durand", 1, 420, 400);
    String[] positions = hidden(sender, "wizard:box-positions").split(";");
    assertEquals(2, positions.length, String.join(";", positions));
    float[] alice = floats(positions[0]);
    float[] bob = floats(positions[1]);
    double pixelsPerPoint =
        sender.findElement(By.cssSelector("#box-stage .page-image")).getSize().getWidth()
            / A4_WIDTH;
    assertEquals(36 + 120 / pixelsPerPoint, alice[0], 3.0, "Alice's box moved right");
    assertEquals(36 + 480 / pixelsPerPoint, alice[1], 3.0, "Alice's box moved down");
    assertEquals(36 + 420 / pixelsPerPoint, bob[0], 3.0, "Bob's box moved right");

    sender.findElement(By.id("wizard:name")).sendKeys("Browser contract");
    Browser.awaitAjaxQuiet(sender, senderWait);
    sender.findElement(By.id("wizard:start")).click();
    // Storing the PDF, starting the process and mailing the first invitation take a while.
    Browser.waitUpTo(sender, Duration.ofMinutes(2))
        .withMessage(() -> "started; messages: " + growls(sender))
        .until(ExpectedConditions.urlContains("/app/workflows.xhtml"));
    WebElement row = sender.findElement(By.cssSelector(".workflow-row"));
    assertTrue(row.getText().contains("Browser contract"), row.getText());
    assertTrue(row.getText().contains("IN_PROGRESS"), row.getText());
    assertFalse(sender.getPageSource().contains("/sign/"), "the sender never sees a link");

    // Alice: the link from her mail; a wrong code is refused with the tries left, then she signs.
    String aliceLink = linkIn(awaitMail("alice@browser.example.org", 1).get(0));
    openLink(aliceLink);
    assertEquals(
        1, participant.findElements(By.cssSelector(".own-box")).size(), "Alice sees her own box");
    askForCode();
    String aliceCode = codeIn(awaitMail("alice@browser.example.org", 2).get(1));
    assertEquals(0, mailsTo("bob@browser.example.org").size(), "Bob's turn comes after Alice's");
    sign(aliceCode.equals("000000") ? "111111" : "000000");
    participantWait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "tries left"));
    sign(aliceCode);
    awaitParticipantState("SIGNED");

    // Bob: invited only now.
    String bobLink = linkIn(awaitMail("bob@browser.example.org", 1).get(0));
    participant.manage().deleteAllCookies();
    openLink(bobLink);
    askForCode();
    sign(codeIn(awaitMail("bob@browser.example.org", 2).get(1)));
    awaitParticipantState("SIGNED");

    // The seal approver: the tasks page.
    sender.get(server.baseUrl() + "/app/tasks.xhtml");
    WebElement task =
        senderWait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-name")));
    assertEquals("Browser contract", task.getText());
    assertEquals(
        "contract.pdf",
        sender.findElement(By.cssSelector(".task-document")).getText(),
        "the approver sees which document to read");
    sender.findElement(By.cssSelector(".approve-task")).click();
    senderWait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("tasks:table"), "Nothing waits for you."));

    // The sender: completed once the final seal is on; the document carries every signature.
    sender.get(server.baseUrl() + "/app/workflows.xhtml");
    Browser.waitUpTo(sender, Duration.ofMinutes(2))
        .pollingEvery(Duration.ofSeconds(1))
        .until(
            d -> {
              d.navigate().refresh();
              return d.findElement(By.cssSelector(".workflow-state")).getText().equals("COMPLETED");
            });
    String href = sender.findElement(By.cssSelector(".workflow-document")).getAttribute("href");
    byte[] signed = downloadWithSession(href);
    Files.write(work.resolve("final.pdf"), signed);
    try (PDDocument document = Loader.loadPDF(signed)) {
      List<String> signers =
          document.getSignatureDictionaries().stream().map(PDSignature::getName).toList();
      assertTrue(signers.size() >= 4, "two participants, the seal, the final seal: " + signers);
      PDSignatureField aliceField = fieldWithName(document, "Alice Martin");
      PDRectangle rect = aliceField.getWidgets().get(0).getRectangle();
      float pageHeight = document.getPage(0).getMediaBox().getHeight();
      assertEquals(alice[0], rect.getLowerLeftX(), 1.0, "Alice's signature where her box was");
      assertEquals(alice[1], pageHeight - rect.getUpperRightY(), 1.0);
    }
    String anchors = PortalClient.anonymousGet(server, "/api/v1/trust/anchors").body();
    String pdfsig =
        IndependentChecks.trusting(anchors, Files.createTempDirectory(work, "checks-"))
            .pdfsig(signed);
    assertEquals(4, count(pdfsig, "Signature is Valid."), pdfsig);
    assertTrue(pdfsig.contains("Signer Certificate Common Name: Alice Martin"), pdfsig);
    assertTrue(pdfsig.contains("Signer Certificate Common Name: Bob Durand"), pdfsig);
    assertTrue(
        sender.findElement(By.cssSelector(".audit-trail")).isDisplayed(),
        "the audit trail is offered once completed");

    // The mail at the end carries a new link to the sealed result; it replaced the signing link,
    // which now says so (issued in the same transaction that completed the workflow).
    String resultLink = linkIn(awaitMail("alice@browser.example.org", 3).get(2));
    participant.manage().deleteAllCookies();
    participant.get(aliceLink);
    String replaced =
        participantWait
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("link-error-detail")))
            .getText();
    assertTrue(
        replaced.startsWith("This link was replaced by a newer one sent to you on ")
            && replaced.endsWith(": use the most recent message."),
        replaced);
    assertTrue(participant.findElements(By.id("sign")).isEmpty(), "no form to sign");
    openLink(resultLink);
    participantWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign:completed")));
    assertEquals(
        href.substring(href.lastIndexOf('/')),
        participant
            .findElement(By.cssSelector(".document-download"))
            .getAttribute("href")
            .replaceAll(".*(/[^/]+)$", "$1"),
        "the participant downloads the same document");
  }

  private void addParticipant(
      String firstName, String surname, String email, String sealUser, int expectedCount) {
    sender.findElement(By.id("wizard:first-name")).sendKeys(firstName);
    sender.findElement(By.id("wizard:surname")).sendKeys(surname);
    if (email != null) {
      sender.findElement(By.id("wizard:email")).sendKeys(email);
    }
    if (sealUser != null) {
      sender
          .findElement(By.xpath("//*[@id='wizard:action']//label[normalize-space()='SEAL']"))
          .click();
      sender.findElement(By.id("wizard:portal-user")).sendKeys(sealUser);
    }
    sender.findElement(By.id("wizard:add-participant")).click();
    senderWait.until(
        ExpectedConditions.numberOfElementsToBe(
            By.cssSelector(".added-participant"), expectedCount));
    Browser.awaitAjaxQuiet(sender, senderWait);
  }

  /** Chooses the participant, adds a box on the page and drags it by the given pixels. */
  private void placeBoxFor(String name, int index, int dx, int dy) {
    sender
        .findElement(By.xpath("//*[@id='wizard:placing']//label[normalize-space()='" + name + "']"))
        .click();
    sender.findElement(By.id("wizard:add-box")).click();
    senderWait.until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector(".place-box"), index + 1));
    Browser.awaitAjaxQuiet(sender, senderWait);
    awaitPageImage();
    ((JavascriptExecutor) sender)
        .executeScript("document.getElementById('box-stage').scrollIntoView({block: 'start'});");
    WebElement box = sender.findElement(By.id("box-" + index));
    assertTrue(box.getText().contains(name), box.getText());
    new Actions(sender).clickAndHold(box).moveByOffset(dx, dy).release().perform();
  }

  private void awaitPageImage() {
    senderWait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "var i = document.querySelector('#box-stage .page-image');"
                            + " return !!i && i.complete && i.naturalWidth > 0;"));
  }

  private void openLink(String link) {
    participant.get(link);
    participantWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("workflow-name")));
    assertEquals("Browser contract", participant.findElement(By.id("workflow-name")).getText());
    assertTrue(participant.getCurrentUrl().endsWith(link.substring(link.indexOf("/sign/"))));
  }

  private void askForCode() {
    participant.findElement(By.id("sign:send-otp")).click();
    participantWait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "sent to"));
    Browser.awaitAjaxQuiet(participant, participantWait);
  }

  private void sign(String code) {
    WebElement otp = participant.findElement(By.id("sign:otp"));
    otp.clear();
    otp.sendKeys(code);
    participant.findElement(By.id("sign:sign-button")).click();
    Browser.awaitAjaxQuiet(participant, participantWait);
  }

  private void awaitParticipantState(String state) {
    Browser.waitUpTo(participant, Duration.ofMinutes(2))
        .withMessage(() -> "signed; messages: " + growls(participant))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("sign:participant-state"), state));
  }

  private static String growls(WebDriver driver) {
    return driver.findElements(By.cssSelector(".ui-growl-message, .ui-messages")).stream()
        .map(WebElement::getText)
        .toList()
        .toString();
  }

  private static String hidden(WebDriver driver, String id) {
    return driver.findElement(By.id(id)).getAttribute("value");
  }

  private static float[] floats(String position) {
    String[] values = position.split(",");
    float[] result = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = Float.parseFloat(values[i]);
    }
    return result;
  }

  private static PDSignatureField fieldWithName(PDDocument document, String name) throws Exception {
    for (PDSignatureField field : document.getSignatureFields()) {
      PDSignature signature = field.getSignature();
      if (signature != null
          && name.equals(signature.getName())
          && !field.getWidgets().isEmpty()
          && field.getWidgets().get(0).getRectangle().getWidth() > 0) {
        return field;
      }
    }
    throw new AssertionError("no visible signature of " + name);
  }

  private byte[] downloadWithSession(String href) throws Exception {
    Cookie session = sender.manage().getCookieNamed("JSESSIONID");
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session.getValue())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode());
    return response.body();
  }

  private static List<MimeMessage> awaitMail(String recipient, int count) {
    new FluentWait<>(recipient)
        .withTimeout(Duration.ofSeconds(60))
        .pollingEvery(Duration.ofMillis(200))
        .withMessage("expected " + count + " mails to " + recipient)
        .until(r -> mailsTo(r).size() >= count);
    return mailsTo(recipient);
  }

  private static List<MimeMessage> mailsTo(String recipient) {
    return List.of(mail.getReceivedMessagesForDomain(recipient));
  }

  private static String linkIn(MimeMessage message) throws Exception {
    String body = message.getContent().toString();
    Matcher matcher = LINK.matcher(body);
    assertTrue(matcher.find(), "a link in: " + body);
    return matcher.group(1);
  }

  private static String codeIn(MimeMessage message) throws Exception {
    String body = message.getContent().toString();
    Matcher matcher = CODE.matcher(body);
    assertTrue(matcher.find(), "a code in: " + body);
    return matcher.group(1);
  }

  private static int count(String text, String needle) {
    int count = 0;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      count++;
    }
    return count;
  }
}
