package org.paraph.it.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paraph.it.support.IndependentChecks;
import org.paraph.it.support.MailingPortal;
import org.paraph.it.support.Metrics;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.ParticipantMail;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.RefusingGreenMail;
import org.paraph.it.support.SharedMailingServer;
import org.paraph.it.support.SignedPdfs;
import org.paraph.it.support.TestPdfs;
import org.paraph.it.support.WorkflowJson;

/**
 * What reaches participants, and what they sign with: mail queued in the outbox survives a mail
 * server that is down and is retried until it arrives; a recipient the server refuses leaves the
 * message failed with the server's reply, visible to administrators; participants whose names are
 * not Latin sign with certificates of the portal's signer CA (participant, signer CA, root, with
 * the signer CA's CRL embedded at the end) and are named in the audit trail.
 */
@ExtendWith(SharedMailingServer.class)
class WorkflowDeliveryIT {

  private static RefusingGreenMail mail;
  private static ParaphServer server;
  private static PortalClient admin;

  @BeforeAll
  static void connect(MailingPortal portal) {
    mail = portal.mail();
    server = portal.server();
    admin = PortalClient.asAdmin(server);
  }

  @Test
  void anInvitationSentWhileTheMailServerIsDownArrivesOnceItIsBack() throws Exception {
    mail.stop();
    try {
      HttpResponse<byte[]> created =
          admin.postJson(
              "/api/v1/workflows",
              WorkflowJson.named("Sent during an outage")
                  .document("outage.pdf", TestPdfs.a4(1))
                  .signer("Late", "Reader", "late@example.org", 1, 50)
                  .json());
      assertEquals(201, created.statusCode(), () -> text(created));

      // The invitation waits in the outbox, retried, with the reason it did not go.
      JsonObject waiting =
          awaitMessage("late@example.org", m -> m.getInt("attempts") >= 2, Duration.ofSeconds(60));
      assertEquals("PENDING", waiting.getString("state"), waiting::toString);
      assertEquals("MAIL", waiting.getString("channel"));
      assertFalse(waiting.getString("lastError").isBlank(), waiting::toString);
      assertNotNull(waiting.getString("nextAttemptAt"), waiting::toString);
      // The operator sees it waiting in the metrics, and for how long.
      Metrics.awaitShowing(
          server,
          m ->
              m.value("paraph_outbox_pending") >= 1
                  && m.value("paraph_outbox_oldest_age_seconds") > 0,
          "a message waiting in the outbox");
    } finally {
      mail.start();
    }

    // Once the server is back, a retry delivers it, with a working link.
    MimeMessage invitation = awaitMail("late@example.org", 1, Duration.ofSeconds(90)).get(0);
    String link = ParticipantMail.linkIn(ParticipantMail.bodyOf(invitation));
    HttpResponse<byte[]> view =
        PortalClient.anonymousGetBytes(server, "/api/v1/sign/" + link, "application/json");
    assertEquals(200, view.statusCode(), () -> text(view));
    assertTrue(
        undelivered().stream()
            .noneMatch(m -> m.asJsonObject().getString("recipient").equals("late@example.org")),
        "a delivered message leaves the list of undelivered ones");
  }

  @Test
  void aMessageToARefusedRecipientEndsFailedWithTheServersReply() throws Exception {
    String refused = RefusingGreenMail.REFUSED + "-nobody@example.org";
    double failedBefore = Metrics.of(server).value("paraph_outbox_failed");
    HttpResponse<byte[]> created =
        admin.postJson(
            "/api/v1/workflows",
            WorkflowJson.named("To nobody")
                .document("nobody.pdf", TestPdfs.a4(1))
                .signer("No", "Body", refused, 1, 50)
                .json());
    assertEquals(201, created.statusCode(), () -> text(created));

    JsonObject failed =
        awaitMessage(refused, m -> m.getString("state").equals("FAILED"), Duration.ofSeconds(60));
    assertEquals(1, failed.getInt("attempts"), () -> "a refusal is not retried: " + failed);
    assertTrue(failed.getString("lastError").contains("550"), failed::toString);
    assertFalse(failed.containsKey("nextAttemptAt"), () -> "never tried again: " + failed);
    Metrics.awaitShowing(
        server,
        m -> m.value("paraph_outbox_failed") >= failedBefore + 1,
        "one more message given up on than " + failedBefore);

    // The administrators' page lists it with the reply.
    HttpResponse<byte[]> page = admin.get("/admin/messages.xhtml", "text/html");
    assertEquals(200, page.statusCode());
    String html = text(page);
    assertTrue(html.contains(refused), html);
    assertTrue(html.contains("message-state-FAILED"), html);
    assertTrue(html.contains("Recipient address rejected"), html);

    HttpResponse<byte[]> events =
        admin.get("/api/v1/audit/events?action=MESSAGE_FAILED", "application/json");
    assertEquals(200, events.statusCode(), () -> text(events));
    assertTrue(text(events).contains(refused), () -> "audited: " + text(events));

    HttpResponse<byte[]> anonymous =
        PortalClient.anonymousGetBytes(server, "/api/v1/messages", "application/json");
    assertEquals(401, anonymous.statusCode(), "administrators only");
  }

  @Test
  void nonLatinParticipantsSignThroughTheSignerCaAndAreNamedInTheAuditTrail() throws Exception {
    List<String[]> people =
        List.of(
            new String[] {"Łukasz", "Żółć", "lukasz@example.org"},
            new String[] {"Ελένη", "Παπαδοπούλου", "eleni@example.org"},
            new String[] {"王小明", "Wang", "wang@example.org"});
    WorkflowJson json =
        WorkflowJson.named("Umowa / Σύμβαση / 合同").document("contract.pdf", TestPdfs.a4(1));
    int y = 450;
    for (String[] person : people) {
      json.signer(person[0], person[1], person[2], 1, 50, y);
      y += 100;
    }
    HttpResponse<byte[]> created = admin.postJson("/api/v1/workflows", json.json());
    assertEquals(201, created.statusCode(), () -> text(created));
    String id = PortalClient.json(created).getString("id");

    for (String[] person : people) {
      String link = linkIn(awaitMail(person[2], 1, Duration.ofSeconds(60)).get(0));
      requestOtp(link);
      String code =
          ParticipantMail.codeIn(
              ParticipantMail.bodyOf(awaitMail(person[2], 2, Duration.ofSeconds(60)).get(1)));
      HttpResponse<byte[]> signed = complete(link, code, person[0] + " " + person[1]);
      assertEquals(200, signed.statusCode(), () -> text(signed));
    }
    JsonObject completed = awaitState(id, "COMPLETED");
    String documentId = completed.getJsonArray("documents").getJsonObject(0).getString("id");
    byte[] pdf =
        admin.get("/api/v1/workflows/" + id + "/documents/" + documentId, "application/pdf").body();
    Files.write(server.dataDir().resolveSibling("workflow-delivery-final.pdf"), pdf);

    // The signer CA, as the portal publishes it, is issued by the demo root.
    X509CertificateHolder root = new X509CertificateHolder(get("/pki/demo-root.crt"));
    X509CertificateHolder signerCa = new X509CertificateHolder(get("/pki/signer-ca.crt"));
    assertTrue(signerCa.getSubject().toString().contains("Paraph Signer CA"), signerCa::toString);
    assertEquals(root.getSubject(), signerCa.getIssuer());
    assertTrue(signerCa.isSignatureValid(new JcaContentVerifierProviderBuilder().build(root)));

    // Each participant's certificate: issued by the signer CA, which the signature carries,
    // naming the signer CA's CRL.
    List<X509CertificateHolder> signers = participantCertificates(pdf, signerCa);
    assertEquals(3, signers.size());
    for (X509CertificateHolder signer : signers) {
      assertEquals(signerCa.getSubject(), signer.getIssuer(), signer::toString);
      assertTrue(signer.isSignatureValid(new JcaContentVerifierProviderBuilder().build(signerCa)));
      assertEquals(List.of(server.baseUrl() + "/pki/signer-ca.crl"), SignedPdfs.crlUrls(signer));
    }

    // openssl follows participant -> signer CA -> root, trusting the root alone.
    IndependentChecks checks = checks();
    List<IndependentChecks.Result> chains = checks.opensslVerifyEverySignature(pdf);
    assertEquals(4, chains.size(), "three participants and the organisation seal");
    for (IndependentChecks.Result chain : chains) {
      assertEquals(0, chain.exitCode(), chain.output());
    }

    // DSS: every signature passes at B-LTA, with the signer CA's CRL embedded at the end.
    JsonObject report = verify(pdf);
    JsonArray signatures = report.getJsonArray("signatures");
    assertEquals(4, signatures.size(), report::toString);
    for (JsonValue signature : signatures) {
      assertEquals(
          "TOTAL_PASSED", signature.asJsonObject().getString("indication"), report::toString);
      assertEquals(
          "PAdES-BASELINE-LTA", signature.asJsonObject().getString("level"), report::toString);
    }
    List<X509CRLHolder> embedded = embeddedCrls(pdf);
    assertTrue(
        embedded.stream().anyMatch(crl -> crl.getIssuer().equals(signerCa.getSubject())),
        () -> "the signer CA's CRL is in the DSS dictionary: " + issuers(embedded));

    // The signer CA's CRL, as published, verifies against the signer CA with openssl.
    byte[] crl = get("/pki/signer-ca.crl");
    IndependentChecks.Result crlCheck = checks.opensslCrlVerify(crl, pem(signerCa));
    assertEquals(0, crlCheck.exitCode(), crlCheck.output());
    assertTrue(crlCheck.output().contains("verify OK"), crlCheck.output());
    IndependentChecks.Result wrongIssuer = checks.opensslCrlVerify(crl, pem(root));
    assertFalse(wrongIssuer.output().contains("verify OK"), wrongIssuer.output());

    // The audit trail names every participant in their own script.
    HttpResponse<byte[]> trail =
        admin.get("/api/v1/workflows/" + id + "/audit-trail", "application/pdf");
    assertEquals(200, trail.statusCode(), () -> text(trail));
    String trailText;
    try (PDDocument document = Loader.loadPDF(trail.body())) {
      trailText = new PDFTextStripper().getText(document);
    }
    for (String name : List.of("Łukasz Żółć", "Ελένη Παπαδοπούλου", "王小明")) {
      assertTrue(trailText.contains(name), () -> name + " in:\n" + trailText);
    }
  }

  @Test
  void anInstallationFromBeforeTheSignerCaGetsOneOnItsNextStart() throws Exception {
    X509CertificateHolder root = new X509CertificateHolder(get("/pki/demo-root.crt"));
    server.stop();
    try (Connection db = server.openDatabase();
        Statement statement = db.createStatement()) {
      // What the database of a portal installed before the signer CA holds: root and TSA only.
      assertEquals(
          1,
          statement.executeUpdate(
              "delete from trust_authority where authority_role = 'SIGNER_CA'"));
    }
    server.start();

    X509CertificateHolder signerCa = new X509CertificateHolder(get("/pki/signer-ca.crt"));
    assertEquals(root.getSubject(), signerCa.getIssuer());
    assertTrue(signerCa.isSignatureValid(new JcaContentVerifierProviderBuilder().build(root)));
    assertEquals(
        root, new X509CertificateHolder(get("/pki/demo-root.crt")), "the root is kept as it was");
    X509CRLHolder crl = new X509CRLHolder(get("/pki/signer-ca.crl"));
    assertTrue(crl.isSignatureValid(new JcaContentVerifierProviderBuilder().build(signerCa)));
  }

  /** The certificates of the signatures issued by the signer CA, read from each CMS. */
  private static List<X509CertificateHolder> participantCertificates(
      byte[] pdf, X509CertificateHolder signerCa) throws Exception {
    List<X509CertificateHolder> signers = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDSignature signature : document.getSignatureDictionaries()) {
        if ("ETSI.RFC3161".equals(signature.getSubFilter())) {
          continue;
        }
        CMSSignedData cms = new CMSSignedData(signature.getContents(pdf));
        SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
        @SuppressWarnings("unchecked")
        X509CertificateHolder certificate =
            (X509CertificateHolder)
                cms.getCertificates().getMatches(info.getSID()).iterator().next();
        if (certificate.getIssuer().equals(signerCa.getSubject())) {
          @SuppressWarnings("unchecked")
          boolean carriesSignerCa =
              cms.getCertificates().getMatches(null).stream()
                  .anyMatch(
                      c -> ((X509CertificateHolder) c).getSubject().equals(signerCa.getSubject()));
          assertTrue(carriesSignerCa, "the signature carries its intermediate");
          signers.add(certificate);
        }
      }
    }
    return signers;
  }

  private static List<X509CRLHolder> embeddedCrls(byte[] pdf) throws Exception {
    List<X509CRLHolder> crls = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      COSDictionary dss =
          document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("DSS"));
      assertNotNull(dss, "a DSS dictionary");
      COSArray array = dss.getCOSArray(COSName.getPDFName("CRLs"));
      assertNotNull(array, "CRLs in the DSS dictionary");
      for (COSBase entry : array) {
        COSBase value = entry instanceof COSObject object ? object.getObject() : entry;
        try (var in = ((COSStream) value).createInputStream()) {
          crls.add(new X509CRLHolder(in.readAllBytes()));
        }
      }
    }
    return crls;
  }

  private static List<String> issuers(List<X509CRLHolder> crls) {
    return crls.stream().map(crl -> crl.getIssuer().toString()).toList();
  }

  private static String pem(X509CertificateHolder certificate) throws Exception {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(certificate.getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }

  private static byte[] get(String path) throws Exception {
    HttpResponse<byte[]> response = PortalClient.anonymousGetBytes(server, path, "*/*");
    assertEquals(200, response.statusCode(), path);
    return response.body();
  }

  private static JsonArray undelivered() throws Exception {
    HttpResponse<byte[]> response = admin.get("/api/v1/messages", "application/json");
    assertEquals(200, response.statusCode(), () -> text(response));
    return Json.createReader(new ByteArrayInputStream(response.body())).readArray();
  }

  /** The undelivered message to the recipient once it matches, waiting up to {@code wait}. */
  private static JsonObject awaitMessage(
      String recipient, java.util.function.Predicate<JsonObject> wanted, Duration wait)
      throws Exception {
    Instant deadline = Instant.now().plus(wait);
    Optional<JsonObject> message;
    do {
      message =
          undelivered().stream()
              .map(JsonValue::asJsonObject)
              .filter(m -> m.getString("recipient").equals(recipient))
              .findFirst();
      if (message.isPresent() && wanted.test(message.get())) {
        return message.get();
      }
      Thread.sleep(250);
    } while (Instant.now().isBefore(deadline));
    throw new AssertionError("no such message to " + recipient + ": " + message);
  }

  private static List<MimeMessage> awaitMail(String recipient, int count, Duration wait)
      throws Exception {
    Instant deadline = Instant.now().plus(wait);
    List<MimeMessage> messages = List.of(mail.getReceivedMessagesForDomain(recipient));
    while (messages.size() < count && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      messages = List.of(mail.getReceivedMessagesForDomain(recipient));
    }
    assertTrue(messages.size() >= count, "expected " + count + " mails to " + recipient);
    return messages;
  }

  private static String linkIn(MimeMessage message) {
    return ParticipantMail.linkIn(ParticipantMail.bodyOf(message));
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

  private static JsonObject awaitState(String id, String state) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    JsonObject workflow;
    do {
      workflow = PortalClient.json(admin.get("/api/v1/workflows/" + id, "application/json"));
      if (state.equals(workflow.getString("state"))) {
        return workflow;
      }
      Thread.sleep(250);
    } while (Instant.now().isBefore(deadline));
    throw new AssertionError("workflow never became " + state + ": " + workflow);
  }

  private static JsonObject verify(byte[] pdf) throws Exception {
    PortalClient.Multipart body = new PortalClient.Multipart().file("file", "final.pdf", pdf);
    HttpResponse<byte[]> response =
        PortalClient.anonymousPost(
            server, "/api/v1/verifications", body.contentType(), body.bytes(), "application/json");
    assertEquals(200, response.statusCode(), () -> text(response));
    return PortalClient.json(response);
  }

  private static IndependentChecks checks() throws Exception {
    String anchors = PortalClient.anonymousGet(server, "/api/v1/trust/anchors").body();
    Path work = Path.of(System.getProperty("paraph.it.work", "target/it-work"));
    Files.createDirectories(work);
    return IndependentChecks.trusting(anchors, Files.createTempDirectory(work, "delivery-checks-"));
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
