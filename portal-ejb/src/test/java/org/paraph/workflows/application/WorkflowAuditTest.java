package org.paraph.workflows.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.application.CodedDetails;
import org.paraph.audit.domain.AuditDetailCodes;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.StoredPkcs12;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.ActorKind;
import org.paraph.shared.i18n.PseudoLocale;
import org.paraph.testsupport.PseudoTexts;
import org.paraph.workflows.domain.AuthenticationChannel;
import org.paraph.workflows.domain.CallbackDelivery;
import org.paraph.workflows.domain.EditableField;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.ParticipantAction;
import org.paraph.workflows.domain.ParticipantDetails;
import org.paraph.workflows.domain.SignatureMode;
import org.paraph.workflows.domain.Workflow;
import org.paraph.workflows.domain.WorkflowSettings;

/**
 * The audit events of workflows are in the hash chain and read by auditors and system tests: each
 * is recorded with the action and subject it has always had, and its details as a code and its
 * parameters that read in English as the sentence it has always had, written out here in full.
 */
class WorkflowAuditTest {

  private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
  private static final Actor SENDER =
      new Actor("alice", ActorKind.USER, "192.0.2.1", "Mozilla/5.0 (sender)");
  private static final RequestOrigin ORIGIN = new RequestOrigin("198.51.100.7", "Mozilla/5.0");
  private static final List<ParticipantSignatures.Signed> SIGNED =
      List.of(
          new ParticipantSignatures.Signed("lease.pdf", "aa11", "bb22"),
          new ParticipantSignatures.Signed("annex.pdf", "cc33", "dd44"));

  /** The events recorded, their details as an English reader reads them. */
  private final List<Recorded> recorded = new ArrayList<>();

  /** The details of the same events, as stored. */
  private final List<String> stored = new ArrayList<>();

  private final WorkflowAudit audit = new WorkflowAudit();

  private Workflow workflow;
  private Participant signer;
  private Participant smsSigner;
  private Participant approver;

  record Recorded(Actor actor, String action, String subject, String details) {}

  @BeforeEach
  void setUp() {
    audit.auditLog =
        new AuditLog() {
          @Override
          public void record(Actor actor, String action, String subject, String details) {
            stored.add(details);
            recorded.add(
                new Recorded(actor, action, subject, CodedDetails.text(details, Locale.ENGLISH)));
          }
        };
    workflow =
        new Workflow(
            new WorkflowSettings(
                "Lease",
                Instant.parse("2026-12-31T18:00:00Z"),
                Duration.ofDays(2),
                null,
                Set.of(SignatureMode.TYPED),
                Set.of(EditableField.NAME),
                null),
            "alice",
            NOW);
    workflow.addDocument(UUID.randomUUID(), "00");
    workflow.addDocument(UUID.randomUUID(), "01");
    signer =
        workflow.addParticipant(
            details("Jean", "Dupont", "jean@example.org", null, ParticipantAction.SIGN, null));
    smsSigner =
        workflow.addParticipant(
            new ParticipantDetails(
                "Ana",
                "Silva",
                null,
                "+33612345678",
                null,
                1,
                ParticipantAction.SIGN,
                AuthenticationChannel.SMS,
                null,
                List.of()));
    approver =
        workflow.addParticipant(
            details("Bob", "Martin", null, null, ParticipantAction.SEAL, "bob"));
  }

  /** Every event that says something says it as a code and its parameters. */
  @AfterEach
  void everyDetailSaidIsCoded() {
    for (String details : stored) {
      assertTrue(
          details.isEmpty() || CodedDetails.read(details).isPresent(), () -> "coded: " + details);
    }
  }

  @Test
  void theSendersActions() {
    audit.created(SENDER, workflow);
    audit.sent(SENDER, workflow);
    audit.cancelled(SENDER, workflow);
    workflow.finalisationFailed("TSA unreachable");
    audit.finalisationRetried(SENDER, workflow, 2);
    audit.linkResent(SENDER, smsSigner);

    assertEquals(
        List.of(
            event(
                SENDER,
                "WORKFLOW_CREATED",
                "'Lease', 2 document(s), 3 participant(s), expires 2026-12-31T18:00:00Z"),
            event(SENDER, "WORKFLOW_SENT", "process started"),
            event(SENDER, "WORKFLOW_CANCELLED", ""),
            event(
                SENDER,
                "WORKFLOW_FINALISATION_RETRIED",
                "2 job(s) set to run again after: TSA unreachable"),
            event(
                SENDER,
                "PARTICIPANT_INVITED",
                smsSigner() + ", SIGN: new link sent by SMS on request")),
        recorded);
  }

  @Test
  void theProcessSteps() {
    audit.sealTaskWaiting(approver);
    audit.invited(signer);
    audit.invited(smsSigner);
    audit.reminded(signer);
    audit.expired(workflow);
    signer.invite(NOW);
    signer.declined("wrong rent", NOW, ORIGIN.clientIp(), ORIGIN.userAgent());
    audit.declined(workflow, Optional.of(signer));

    assertEquals(
        List.of(
            event(
                Actor.SYSTEM,
                "PARTICIPANT_INVITED",
                "participant "
                    + approver.id()
                    + " Bob Martin, SEAL: seal approval waits in the tasks of user bob"),
            event(Actor.SYSTEM, "PARTICIPANT_INVITED", signer() + ", SIGN: link sent by e-mail"),
            event(Actor.SYSTEM, "PARTICIPANT_INVITED", smsSigner() + ", SIGN: link sent by SMS"),
            event(
                Actor.SYSTEM, "PARTICIPANT_REMINDED", signer() + ", SIGN: new link sent by e-mail"),
            event(Actor.SYSTEM, "WORKFLOW_EXPIRED", ""),
            event(Actor.SYSTEM, "WORKFLOW_DECLINED", "Jean Dupont declined: wrong rent")),
        recorded);
  }

  @Test
  void theEnd() {
    audit.documentSealed(workflow, "lease.pdf", seal(false), "aa11", "bb22");
    audit.documentSealed(workflow, "annex.pdf", seal(true), "cc33", "dd44");
    audit.completed(workflow);
    audit.finalisationFailed(workflow, "no organisation seal");

    assertEquals(
        List.of(
            event(
                Actor.SYSTEM,
                "WORKFLOW_SEALED",
                "lease.pdf sealed with acme-2025 at B-LTA, sha256 aa11 -> bb22"),
            event(
                Actor.SYSTEM,
                "WORKFLOW_SEALED",
                "annex.pdf sealed with acme-2025 (TEST) at B-LTA, sha256 cc33 -> dd44"),
            event(Actor.SYSTEM, "WORKFLOW_COMPLETED", "2 document(s) sealed; audit trail follows"),
            event(Actor.SYSTEM, "WORKFLOW_FINALISATION_FAILED", "no organisation seal (retried)")),
        recorded);
  }

  @Test
  void callbacks() {
    UUID id = UUID.fromString("6f1c2c3e-8a57-4c1b-9d2e-3b4f5a6b7c8d");
    CallbackDelivery delivery =
        new CallbackDelivery(
            id, workflow.id(), "participant.signed", "https://hooks.example.org/paraph", "{}", NOW);
    delivery.failed(503, "HTTP 503", NOW);
    audit.callbackDelivered(workflow, delivery, 204);
    audit.callbackGivenUp(workflow, delivery, "connection refused");

    assertEquals(
        List.of(
            event(
                Actor.SYSTEM,
                "CALLBACK_DELIVERED",
                "participant.signed delivery "
                    + id
                    + " to https://hooks.example.org/paraph: HTTP 204 after 1 attempt(s)"),
            event(
                Actor.SYSTEM,
                "CALLBACK_FAILED",
                "participant.signed delivery "
                    + id
                    + " to https://hooks.example.org/paraph given up after 1 attempts:"
                    + " connection refused")),
        recorded);
  }

  @Test
  void theParticipantsActionsAreRecordedInTheirNameFromWhereTheyCame() throws Exception {
    X509Certificate certificate = certificate();
    audit.linkOpened(signer, ORIGIN);
    audit.otpSent(signer, ORIGIN);
    audit.otpSent(smsSigner, ORIGIN);
    audit.otpVerified(signer, ORIGIN);
    audit.otpWrong(signer, ORIGIN);
    audit.otpExpired(signer, ORIGIN);
    audit.linkLocked(signer, ORIGIN);
    audit.signed(signer, ORIGIN, certificate, SIGNED);

    Actor jean =
        new Actor(
            "Jean Dupont <jean@example.org>",
            ActorKind.PARTICIPANT,
            ORIGIN.clientIp(),
            ORIGIN.userAgent());
    Actor ana =
        new Actor("Ana Silva", ActorKind.PARTICIPANT, ORIGIN.clientIp(), ORIGIN.userAgent());
    assertEquals(
        List.of(
            event(jean, "LINK_OPENED", signer() + ", SIGN"),
            event(jean, "OTP_SENT", signer() + ", SIGN, by EMAIL"),
            event(ana, "OTP_SENT", smsSigner() + ", SIGN, by SMS"),
            event(jean, "OTP_VERIFIED", signer() + ", SIGN"),
            event(jean, "OTP_FAILED", signer() + ", SIGN, 5 tries left"),
            event(jean, "OTP_FAILED", signer() + ", SIGN, expired or not sent"),
            event(jean, "LINK_LOCKED", signer() + ", SIGN"),
            event(
                jean,
                "PARTICIPANT_SIGNED",
                signer()
                    + ", SIGN, certificate 1f2e3d, lease.pdf sha256 aa11 -> bb22;"
                    + " annex.pdf sha256 cc33 -> dd44")),
        recorded);
  }

  @Test
  void aDecliningParticipantsReasonIsRecorded() {
    signer.invite(NOW);
    signer.declined("The rent is wrong.", NOW, ORIGIN.clientIp(), ORIGIN.userAgent());

    audit.declined(signer, ORIGIN);

    assertEquals(
        List.of(
            event(
                participantActor("Jean Dupont <jean@example.org>"),
                "PARTICIPANT_DECLINED",
                signer() + ", SIGN, reason: The rent is wrong.")),
        recorded);
  }

  @Test
  void aLongNameIsCutInTheActorButNotInTheDetails() {
    String longName = "J".repeat(190);
    Participant participant =
        workflow.addParticipant(
            details(longName, "Dupont", "jean@example.org", null, ParticipantAction.SIGN, null));

    audit.linkOpened(participant, ORIGIN);

    String fullName = longName + " Dupont <jean@example.org>";
    assertEquals(participantActor(fullName.substring(0, 200)), recorded.get(0).actor());
    assertEquals(
        "participant " + participant.id() + " " + fullName + ", SIGN", recorded.get(0).details());
  }

  @Test
  void qualifiedSignatures() throws Exception {
    X509Certificate certificate = certificate();
    audit.qualifiedStarted(signer, ORIGIN, URI.create("https://qtsp.example.org/csc/v2"));
    audit.qualifiedFailed(signer, ORIGIN, "access_denied: the user refused");
    audit.qualifiedSigned(signer, ORIGIN, certificate, SIGNED);

    Actor jean = participantActor("Jean Dupont <jean@example.org>");
    assertEquals(
        List.of(
            event(
                jean,
                "QUALIFIED_SIGN_STARTED",
                signer() + ", SIGN, sent to https://qtsp.example.org/csc/v2"),
            event(
                jean,
                "QUALIFIED_SIGN_FAILED",
                signer() + ", SIGN: access_denied: the user refused"),
            event(
                jean,
                "QUALIFIED_SIGNED",
                signer()
                    + ", SIGN, qualified certificate CN=Jean Dupont,C=FR issued by"
                    + " CN=Test QTSP CA,O=QTSP,C=FR, serial 1f2e3d, lease.pdf sha256 aa11 -> bb22;"
                    + " annex.pdf sha256 cc33 -> dd44")),
        recorded);
  }

  @Test
  void aPortalUsersSealApproval() {
    Actor bob = new Actor("bob", ActorKind.USER, "203.0.113.9", "Firefox");
    audit.sealRefused(bob, approver, "  Not approved by the board.  ");
    audit.sealApproved(bob, approver, seal(false), SIGNED);
    audit.sealApproved(bob, approver, seal(true), SIGNED.subList(0, 1));

    String task = "participant " + approver.id() + " Bob Martin, SEAL";
    assertEquals(
        List.of(
            event(bob, "PARTICIPANT_DECLINED", task + ", seal refused: Not approved by the board."),
            event(
                bob,
                "WORKFLOW_SEAL_APPROVED",
                task
                    + ", seal acme-2025, lease.pdf sha256 aa11 -> bb22;"
                    + " annex.pdf sha256 cc33 -> dd44"),
            event(
                bob,
                "WORKFLOW_SEAL_APPROVED",
                task + ", seal acme-2025 (TEST), lease.pdf sha256 aa11 -> bb22")),
        recorded);
  }

  @Test
  void detailsAreStoredAsACodeAndItsParameters() {
    audit.otpWrong(signer, ORIGIN);
    audit.invited(smsSigner);
    audit.documentSealed(workflow, "annex.pdf", seal(true), "cc33", "dd44");

    assertEquals(
        List.of(
            Optional.of(
                CodedDetails.of(
                    AuditDetailCodes.OTP_WRONG,
                    signer.id().toString(),
                    "Jean Dupont <jean@example.org>",
                    "0",
                    "",
                    "SIGN",
                    "5")),
            Optional.of(
                CodedDetails.of(
                    AuditDetailCodes.PARTICIPANT_INVITED,
                    smsSigner.id().toString(),
                    "Ana Silva",
                    "1",
                    "+33612345678",
                    "SIGN",
                    "1")),
            Optional.of(
                CodedDetails.of(
                    AuditDetailCodes.WORKFLOW_DOCUMENT_SEALED,
                    "annex.pdf",
                    "acme-2025",
                    "1",
                    "cc33",
                    "dd44"))),
        stored.stream().map(CodedDetails::read).toList());
  }

  @Test
  void aReaderOfAnotherLanguageReadsTheDetailsInTheirWords() {
    audit.otpWrong(signer, ORIGIN);
    String details = stored.get(0);

    String english = CodedDetails.text(details, Locale.ENGLISH);
    String pseudo = CodedDetails.text(details, PseudoLocale.LOCALE);

    assertEquals(signer() + ", SIGN, 5 tries left", english);
    assertNotEquals(english, pseudo);
    String triesLeft = PseudoLocale.of("tries left");
    assertTrue(
        pseudo.contains(triesLeft.substring(1, triesLeft.length() - 1)),
        () -> "accented: " + pseudo);
    assertEquals(
        "", PseudoTexts.wordsOutsideTheBundle(pseudo), "every word from the bundle: " + pseudo);
  }

  @Test
  void aDeclinedWorkflowIsRecordedAsWhoDeclinedAndWhy() {
    audit.declined(workflow, Optional.empty());
    signer.invite(NOW);
    signer.declined("The rent is wrong.", NOW, ORIGIN.clientIp(), ORIGIN.userAgent());
    audit.declined(workflow, Optional.of(signer));

    assertEquals(
        List.of(
            event(Actor.SYSTEM, "WORKFLOW_DECLINED", "a participant declined"),
            event(Actor.SYSTEM, "WORKFLOW_DECLINED", "Jean Dupont declined: The rent is wrong.")),
        recorded);
    assertEquals(
        List.of(
            Optional.of(CodedDetails.of(AuditDetailCodes.WORKFLOW_DECLINED_NO_REASON)),
            Optional.of(
                CodedDetails.of(
                    AuditDetailCodes.WORKFLOW_DECLINED, "Jean Dupont", "The rent is wrong."))),
        stored.stream().map(CodedDetails::read).toList());
  }

  private Recorded event(Actor actor, String action, String details) {
    return new Recorded(actor, action, "workflow " + workflow.id(), details);
  }

  private static Actor participantActor(String name) {
    return new Actor(name, ActorKind.PARTICIPANT, ORIGIN.clientIp(), ORIGIN.userAgent());
  }

  /** How the signer is described, up to their action. */
  private String signer() {
    return "participant " + signer.id() + " Jean Dupont <jean@example.org>";
  }

  private String smsSigner() {
    return "participant " + smsSigner.id() + " Ana Silva +33612345678";
  }

  private static ParticipantDetails details(
      String firstName,
      String surname,
      String email,
      String mobile,
      ParticipantAction action,
      String portalUser) {
    return new ParticipantDetails(
        firstName,
        surname,
        email,
        mobile,
        null,
        1,
        action,
        AuthenticationChannel.EMAIL,
        portalUser,
        List.of());
  }

  private static Seal seal(boolean test) {
    return new Seal(
        "acme-2025",
        "ACME SA",
        new StoredPkcs12(new byte[] {1, 2, 3}, "encrypted"),
        test,
        false,
        NOW);
  }

  private static X509Certificate certificate() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    KeyPair keys = generator.generateKeyPair();
    var builder =
        new JcaX509v3CertificateBuilder(
            new X500Name("C=FR,O=QTSP,CN=Test QTSP CA"),
            new BigInteger("1f2e3d", 16),
            Date.from(NOW),
            Date.from(NOW.plus(Duration.ofDays(1))),
            new X500Name("C=FR,CN=Jean Dupont"),
            keys.getPublic());
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
  }
}
