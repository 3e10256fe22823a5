package org.paraph.it.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paraph.it.support.CallbackReceiver;
import org.paraph.it.support.IndependentChecks;
import org.paraph.it.support.MailingPortal;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.ParticipantMail;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.SharedMailingServer;
import org.paraph.it.support.TestPdfs;
import org.paraph.it.support.WorkflowJson;

/**
 * The whole workflow journey over HTTP with a real SMTP server: two participants sign in sequence
 * through the links and one-time passwords they receive by mail, then a portal user approves the
 * organisation seal; the final document and the audit trail come out sealed.
 */
@ExtendWith(SharedMailingServer.class)
class WorkflowJourneyIT {

  private static GreenMail mail;
  private static ParaphServer server;
  private static PortalClient sender;
  private static CallbackReceiver callbacks;

  @BeforeAll
  static void connect(MailingPortal portal) throws Exception {
    mail = portal.mail();
    server = portal.server();
    callbacks = new CallbackReceiver(1);
    sender = PortalClient.asAdmin(server);
  }

  @AfterAll
  static void stop() {
    if (callbacks != null) {
      callbacks.close();
    }
  }

  @Test
  void twoSignersInSequenceThenASealTheResultAndItsAuditTrailVerify() throws Exception {
    byte[] original = TestPdfs.a4(1);
    HttpResponse<byte[]> created = sender.postJson("/api/v1/workflows", workflow(original));
    assertEquals(201, created.statusCode(), () -> text(created));
    JsonObject workflow = PortalClient.json(created);
    String id = workflow.getString("id");
    assertEquals("IN_PROGRESS", workflow.getString("state"));
    assertFalse(text(created).contains("/sign/"), "the sender never sees a participant's link");
    String callbackSecret = workflow.getString("callbackSecret");

    // Only the first order is invited.
    String aliceLink = linkIn(awaitMail("alice@journey.example.org", 1).get(0));
    assertEquals(0, mailsTo("bob@journey.example.org").size(), "Bob's turn comes after Alice's");
    assertEquals(List.of("INVITED", "WAITING", "WAITING"), participantStates(id));

    // Alice: a wrong password is refused, the right one signs.
    HttpResponse<byte[]> view =
        PortalClient.anonymousGetBytes(server, "/api/v1/sign/" + aliceLink, "application/json");
    assertEquals(200, view.statusCode(), () -> text(view));
    assertEquals("Alice", PortalClient.json(view).getString("name"));
    requestOtp(aliceLink);
    String aliceCode = codeIn(awaitMail("alice@journey.example.org", 2).get(1));
    String wrong = aliceCode.equals("000000") ? "111111" : "000000";
    HttpResponse<byte[]> refused = complete(aliceLink, wrong, "Alice Martin");
    assertEquals(422, refused.statusCode(), () -> text(refused));
    assertEquals("wrong-otp", PortalClient.json(refused).getString("type").replaceAll(".*/", ""));
    HttpResponse<byte[]> aliceSigned = complete(aliceLink, aliceCode, "Alice Martin");
    assertEquals(200, aliceSigned.statusCode(), () -> text(aliceSigned));
    assertEquals("SIGNED", PortalClient.json(aliceSigned).getString("state"));

    // Bob is invited only now, and signs.
    String bobLink = linkIn(awaitMail("bob@journey.example.org", 1).get(0));
    requestOtp(bobLink);
    String bobCode = codeIn(awaitMail("bob@journey.example.org", 2).get(1));
    // Bob draws his signature.
    HttpResponse<byte[]> bobSigned = completeDrawn(bobLink, bobCode, drawnSignature());
    assertEquals(200, bobSigned.statusCode(), () -> text(bobSigned));
    HttpResponse<byte[]> reused = complete(bobLink, bobCode, "Bob Durand");
    assertEquals(410, reused.statusCode(), () -> "a signed link acts once: " + text(reused));

    // The seal: a task for the portal user, approved over the API.
    HttpResponse<byte[]> pending = sender.get("/api/v1/tasks", "application/json");
    assertEquals(200, pending.statusCode(), () -> text(pending));
    JsonArray tasks =
        Json.createReader(new java.io.ByteArrayInputStream(pending.body())).readArray();
    assertEquals(1, tasks.size(), tasks::toString);
    JsonObject task = tasks.getJsonObject(0);
    assertEquals(id, task.getString("workflowId"));
    assertEquals(
        "lease.pdf",
        task.getJsonArray("documents").getJsonObject(0).getString("name"),
        task::toString);
    HttpResponse<byte[]> approved =
        sender.postJson(
            "/api/v1/tasks/" + task.getString("id") + "/complete", "{\"approve\": true}");
    assertEquals(200, approved.statusCode(), () -> text(approved));

    JsonObject completed = awaitState(id, "COMPLETED");
    assertEquals(List.of("SIGNED", "SIGNED", "SIGNED"), participantStates(id));

    // The final document: every signature valid and trusted, the original bytes kept as prefix.
    String documentId = completed.getJsonArray("documents").getJsonObject(0).getString("id");
    HttpResponse<byte[]> finalPdf =
        sender.get("/api/v1/workflows/" + id + "/documents/" + documentId, "application/pdf");
    assertEquals(200, finalPdf.statusCode());
    byte[] signed = finalPdf.body();
    assertTrue(startsWith(signed, original), "each signature is an incremental update");
    assertTrue(signatureDrawsAnImage(signed, "Bob Durand"), "Bob's drawing is in his box");
    assertFalse(signatureDrawsAnImage(signed, "Alice Martin"), "Alice typed hers");
    // Kept beside the server log, for a person to open when this test fails.
    Files.write(server.dataDir().resolveSibling("workflow-journey-final.pdf"), signed);
    IndependentChecks checks = checks();
    String pdfsig = checks.pdfsig(signed);
    assertEquals(4, count(pdfsig, "Signature is Valid."), pdfsig);
    assertEquals(0, count(pdfsig, "Digest Mismatch"), pdfsig);
    assertTrue(pdfsig.contains("Signer Certificate Common Name: Alice Martin"), pdfsig);
    assertTrue(pdfsig.contains("Signer Certificate Common Name: Bob Durand"), pdfsig);
    // pdfsig's certificate verdicts depend on what NSS fetches online (the CRL) and come out
    // erratic once a file ends with a document timestamp, so the chains are checked with openssl,
    // and DSS judges the whole file below, archive timestamp included.
    List<IndependentChecks.Result> chains = checks.opensslVerifyEverySignature(signed);
    assertEquals(4, chains.size());
    for (IndependentChecks.Result chain : chains) {
      assertEquals(0, chain.exitCode(), chain.output());
    }
    JsonObject report = verify(signed);
    JsonArray signatures = report.getJsonArray("signatures");
    assertEquals(4, signatures.size(), report::toString);
    for (JsonValue signature : signatures) {
      assertEquals(
          "TOTAL_PASSED", signature.asJsonObject().getString("indication"), report::toString);
    }

    // The audit trail: sealed, naming both participants and the wrong password.
    HttpResponse<byte[]> trail =
        sender.get("/api/v1/workflows/" + id + "/audit-trail", "application/pdf");
    assertEquals(200, trail.statusCode(), () -> text(trail));
    String trailSig = checks.pdfsig(trail.body());
    assertTrue(trailSig.contains("Signature is Valid."), trailSig);
    assertTrue(trailSig.contains("Certificate is Trusted."), trailSig);
    String trailText = textOf(trail.body());
    assertTrue(trailText.contains("Alice Martin"), trailText);
    assertTrue(trailText.contains("Bob Durand"), trailText);
    assertTrue(trailText.contains("alice@journey.example.org"), trailText);
    assertTrue(trailText.contains("OTP_FAILED"), trailText);
    assertTrue(trailText.contains(sha256Hex(original)), "the original's SHA-256 is in the trail");

    JsonObject events =
        PortalClient.json(
            sender.get("/api/v1/workflows/" + id + "/audit-trail", "application/json"));
    List<String> actions = new ArrayList<>();
    events.getJsonArray("events").forEach(e -> actions.add(e.asJsonObject().getString("action")));
    for (String expected :
        List.of(
            "WORKFLOW_CREATED",
            "PARTICIPANT_INVITED",
            "LINK_OPENED",
            "OTP_SENT",
            "OTP_FAILED",
            "OTP_VERIFIED",
            "PARTICIPANT_SIGNED",
            "WORKFLOW_SEAL_APPROVED",
            "WORKFLOW_SEALED",
            "WORKFLOW_COMPLETED")) {
      assertTrue(actions.contains(expected), expected + " in " + actions);
    }
    assertFalse(events.toString().contains(aliceLink), "no link in the audit log");

    // Every state change reached the callback URL, signed with the workflow's secret, the first
    // one after a refusal. Deliveries go on after the workflow ends: wait until all are through.
    JsonArray deliveries = awaitAllDelivered(id);
    assertTrue(
        deliveries.stream().anyMatch(d -> d.asJsonObject().getInt("attempts") >= 2),
        () -> "the refused delivery was retried: " + deliveries);
    List<CallbackReceiver.Received> received = callbacks.accepted();
    assertEquals(deliveries.size(), received.size(), () -> "each delivered once: " + received);
    List<String> callbackEvents = received.stream().map(CallbackReceiver.Received::event).toList();
    for (String expected :
        List.of(
            "workflow.started",
            "participant.invited",
            "participant.signed",
            "workflow.completed")) {
      assertTrue(callbackEvents.contains(expected), expected + " in " + callbackEvents);
    }
    assertEquals(3, callbackEvents.stream().filter("participant.invited"::equals).count());
    assertEquals(3, callbackEvents.stream().filter("participant.signed"::equals).count());
    for (CallbackReceiver.Received callback : received) {
      assertTrue(callback.signedWith(callbackSecret), "HMAC of " + callback);
      assertFalse(callback.signedWith(callbackSecret + "x"));
      JsonObject payload =
          Json.createReader(new java.io.StringReader(callback.body())).readObject();
      assertEquals(id, payload.getString("workflowId"));
      assertEquals(callback.delivery(), payload.getString("deliveryId"));
    }
    JsonObject later = workflowsJson(id);
    assertTrue(
        !later.containsKey("callbackSecret") || later.isNull("callbackSecret"),
        "the secret is shown once, at creation");

    // Participants get a download link to the sealed result.
    String download = linkIn(awaitMail("alice@journey.example.org", 3).get(2));
    HttpResponse<byte[]> downloaded =
        PortalClient.anonymousGetBytes(
            server, "/api/v1/sign/" + download + "/documents/" + documentId, "application/pdf");
    assertEquals(200, downloaded.statusCode());
    assertEquals(signed.length, downloaded.body().length);

    // Nothing secret reached the server's log on the way: not a link, a code, a password or the
    // callback secret (a code as a whole number, not as digits inside a longer word).
    assertNothingSecretIn(
        server.log(),
        Map.of(
            "Alice's link", aliceLink,
            "Bob's link", bobLink,
            "the download link", download,
            "Alice's code", aliceCode,
            "Bob's code", bobCode,
            "the administrator's password", ParaphServer.ADMIN_PASSWORD,
            "the callback secret", callbackSecret));
  }

  private static void assertNothingSecretIn(String log, Map<String, String> secrets) {
    assertTrue(log.contains("WFLYSRV0025"), "the server's log is read");
    for (Map.Entry<String, String> secret : secrets.entrySet()) {
      Pattern alone =
          Pattern.compile(
              "(?<![0-9A-Za-z])" + Pattern.quote(secret.getValue()) + "(?![0-9A-Za-z])");
      Matcher found = alone.matcher(log);
      if (found.find()) {
        int start = log.lastIndexOf('\n', found.start()) + 1;
        int end = log.indexOf('\n', found.end());
        throw new AssertionError(
            secret.getKey()
                + " is in the log: "
                + log.substring(start, end < 0 ? log.length() : end));
      }
    }
  }

  private static String workflow(byte[] pdf) {
    return WorkflowJson.named("Lease agreement")
        .document("lease.pdf", pdf)
        .signer("Alice", "Martin", "alice@journey.example.org", 1, 50)
        .signer("Bob", "Durand", "bob@journey.example.org", 2, 320)
        .seal(ParaphServer.ADMIN, 3)
        .set("callbackUrl", callbacks.url())
        .json();
  }

  private static void requestOtp(String link) throws Exception {
    HttpResponse<byte[]> sent =
        PortalClient.anonymousPost(
            server, "/api/v1/sign/" + link + "/otp", null, null, "application/json");
    assertEquals(200, sent.statusCode(), () -> text(sent));
  }

  private static HttpResponse<byte[]> complete(String link, String otp, String typed)
      throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("otp", otp)
            .add("signature", Json.createObjectBuilder().add("mode", "typed").add("text", typed))
            .build()
            .toString();
    return PortalClient.anonymousPostJson(server, "/api/v1/sign/" + link + "/complete", body);
  }

  private static HttpResponse<byte[]> completeDrawn(String link, String otp, byte[] png)
      throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("otp", otp)
            .add(
                "signature",
                Json.createObjectBuilder()
                    .add("mode", "drawn")
                    .add("png", "data:image/png;base64," + Base64.getEncoder().encodeToString(png)))
            .build()
            .toString();
    return PortalClient.anonymousPostJson(server, "/api/v1/sign/" + link + "/complete", body);
  }

  /** A pen stroke on a transparent canvas, as the signature pad of a browser sends it. */
  private static byte[] drawnSignature() throws Exception {
    BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
    Graphics2D pen = image.createGraphics();
    pen.setColor(new Color(20, 40, 120));
    pen.setStroke(new BasicStroke(4));
    pen.drawPolyline(new int[] {10, 60, 90, 140, 200, 290}, new int[] {70, 20, 80, 30, 75, 40}, 6);
    pen.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    return png.toByteArray();
  }

  /** Whether the appearance of the signature field signed by this person draws an image. */
  private static boolean signatureDrawsAnImage(byte[] pdf, String signer) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDSignatureField field : signatureFields(document)) {
        if (field.getSignature() != null
            && signer.equals(field.getSignature().getName())
            && !field.getWidgets().isEmpty()) {
          PDAppearanceStream appearance =
              field.getWidgets().get(0).getAppearance().getNormalAppearance().getAppearanceStream();
          return hasImage(appearance.getResources(), 0);
        }
      }
    }
    return false;
  }

  private static List<PDSignatureField> signatureFields(PDDocument document) {
    List<PDSignatureField> fields = new ArrayList<>();
    for (PDField field : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
      if (field instanceof PDSignatureField signature) {
        fields.add(signature);
      }
    }
    return fields;
  }

  private static boolean hasImage(PDResources resources, int depth) throws Exception {
    if (resources == null || depth > 5) {
      return false;
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDImageXObject) {
        return true;
      }
      if (object instanceof PDFormXObject form && hasImage(form.getResources(), depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /** The workflow's callback deliveries, once none is pending any more. */
  private static JsonArray awaitAllDelivered(String id) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
    JsonArray deliveries;
    do {
      deliveries =
          Json.createReader(
                  new java.io.ByteArrayInputStream(
                      sender
                          .get("/api/v1/workflows/" + id + "/callbacks", "application/json")
                          .body()))
              .readArray();
      if (deliveries.stream()
          .allMatch(d -> d.asJsonObject().getString("state").equals("DELIVERED"))) {
        return deliveries;
      }
      Thread.sleep(200);
    } while (Instant.now().isBefore(deadline));
    throw new AssertionError("callbacks still not delivered: " + deliveries);
  }

  private static JsonObject workflowsJson(String id) throws Exception {
    return PortalClient.json(sender.get("/api/v1/workflows/" + id, "application/json"));
  }

  private static List<String> participantStates(String id) throws Exception {
    JsonObject workflow =
        PortalClient.json(sender.get("/api/v1/workflows/" + id, "application/json"));
    List<String> states = new ArrayList<>();
    workflow
        .getJsonArray("participants")
        .forEach(p -> states.add(p.asJsonObject().getString("state")));
    return states;
  }

  private static JsonObject awaitState(String id, String state) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    JsonObject workflow;
    do {
      workflow = PortalClient.json(sender.get("/api/v1/workflows/" + id, "application/json"));
      if (state.equals(workflow.getString("state"))) {
        return workflow;
      }
      Thread.sleep(250);
    } while (Instant.now().isBefore(deadline));
    throw new AssertionError("workflow never became " + state + ": " + workflow);
  }

  private static List<MimeMessage> awaitMail(String recipient, int count) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    List<MimeMessage> messages = mailsTo(recipient);
    while (messages.size() < count && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      messages = mailsTo(recipient);
    }
    assertTrue(messages.size() >= count, "expected " + count + " mails to " + recipient);
    return messages;
  }

  private static List<MimeMessage> mailsTo(String recipient) {
    return List.of(mail.getReceivedMessagesForDomain(recipient));
  }

  private static String linkIn(MimeMessage message) {
    String body = ParticipantMail.bodyOf(message);
    assertTrue(body.contains(server.baseUrl() + "/sign/"), "the link uses the base URL: " + body);
    return ParticipantMail.linkIn(body);
  }

  private static String codeIn(MimeMessage message) {
    return ParticipantMail.codeIn(ParticipantMail.bodyOf(message));
  }

  private static IndependentChecks checks() throws Exception {
    String anchors = PortalClient.anonymousGet(server, "/api/v1/trust/anchors").body();
    Path work = Path.of(System.getProperty("paraph.it.work", "target/it-work"));
    return IndependentChecks.trusting(
        anchors, java.nio.file.Files.createTempDirectory(work, "journey-checks-"));
  }

  private static JsonObject verify(byte[] pdf) throws Exception {
    PortalClient.Multipart body = new PortalClient.Multipart().file("file", "final.pdf", pdf);
    HttpResponse<byte[]> response =
        PortalClient.anonymousPost(
            server, "/api/v1/verifications", body.contentType(), body.bytes(), "application/json");
    assertEquals(200, response.statusCode(), () -> text(response));
    return PortalClient.json(response);
  }

  private static String textOf(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
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

  private static int count(String text, String needle) {
    int count = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      count++;
    }
    return count;
  }

  private static String sha256Hex(byte[] data) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
  }

  private static String text(HttpResponse<byte[]> response) {
    return response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8);
  }
}
