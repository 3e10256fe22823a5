package org.paraph.workflows.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.paraph.documents.domain.DocumentVersion;
import org.paraph.messaging.application.Messages;
import org.paraph.messaging.domain.EmailMessage;
import org.paraph.messaging.domain.SmsMessage;
import org.paraph.seals.domain.InvalidSealSettingsException;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealLogo;
import org.paraph.seals.domain.SealingKey;
import org.paraph.shared.domain.ImageSize;
import org.paraph.shared.domain.ImageTooLargeException;
import org.paraph.shared.domain.ProblemText;
import org.paraph.shared.i18n.PortalTexts;
import org.paraph.trust.application.SignerCertificates;
import org.paraph.workflows.domain.AuthenticationChannel;
import org.paraph.workflows.domain.EditableField;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.ParticipantAction;
import org.paraph.workflows.domain.ParticipantState;
import org.paraph.workflows.domain.SignLinkException;
import org.paraph.workflows.domain.SignatureMode;
import org.paraph.workflows.domain.Workflow;
import org.paraph.workflows.domain.WorkflowDocument;
import org.paraph.workflows.domain.WorkflowException;
import org.paraph.workflows.domain.WorkflowRepository;
import org.paraph.workflows.domain.WorkflowState;

/**
 * The participant's journey through their link: see the documents, ask for a one-time password,
 * sign or decline. Only the link's holder gets here; the link is the only credential until the
 * one-time password confirms it.
 */
@ApplicationScoped
public class ParticipantLinks {

  @Inject WorkflowRepository workflows;
  @Inject WorkflowDocuments documents;
  @Inject OtpAttempts otpAttempts;
  @Inject ParticipantSignatures signatures;
  @Inject SignerCertificates signerCertificates;
  @Inject WorkflowSteps steps;
  @Inject Messages messages;
  @Inject WorkflowAudit audit;
  @Inject Callbacks callbacks;
  @Inject OtpRequestSettings otpRequests;
  @Inject Clock clock;
  @Inject ReaderLocales locales;

  // Through the container, so that sign() runs in its own transaction after the password check.
  @Inject ParticipantLinks self;

  private final SecureRandom random = new SecureRandom();

  @Transactional
  public SigningView view(String token, RequestOrigin origin) {
    Participant participant = holderOf(token);
    if (!mayStillLook(participant)) {
      requireUsable(participant);
    }
    if (participant.markOpened(clock.instant())) {
      audit.linkOpened(participant, origin);
    }
    return viewOf(participant);
  }

  /** A document as the participant may download it: as it is now, or sealed at the end. */
  @Transactional
  public StoredFile document(String token, String documentId) {
    Participant participant = holderOf(token);
    if (!mayStillLook(participant)) {
      requireUsable(participant);
    }
    WorkflowDocument document =
        Uuids.parse(documentId)
            .flatMap(participant.workflow()::document)
            .orElseThrow(() -> WorkflowException.documentNotFound(documentId));
    DocumentVersion current = documents.current(document.documentId());
    return new StoredFile(documents.name(document.documentId()), current.content());
  }

  /**
   * Sends a new one-time password by the participant's channel: queued with this transaction and
   * delivered right after it commits, so the request neither waits for the mail server nor holds
   * the audit chain while it answers; a message that cannot be delivered is retried, and is visible
   * to administrators.
   *
   * <p>A link may ask for a limited number of codes within a window ({@link OtpRequestSettings}):
   * beyond, nothing is sent. Requests with one link queue on the participant's row, so that the
   * limit holds for requests sent at once, to any node.
   *
   * @throws org.paraph.workflows.domain.OtpRequestsExceededException beyond the limit
   */
  @Transactional
  public SigningView sendOtp(String token, RequestOrigin origin) {
    Participant participant = holderOf(token);
    requireUsable(participant);
    if (participant.action() != ParticipantAction.SIGN) {
      throw SignLinkException.notAllowed(ProblemText.of("problem.not-allowed.no-otp"));
    }
    workflows.lockAndRefresh(participant);
    requireUsable(participant);
    String code = participant.issueOtp(random, clock.instant(), otpRequests.limit());
    MessageTexts.Message message =
        MessageTexts.oneTimePassword(PortalTexts.of(locales.of(participant)), participant, code);
    if (participant.authentication() == AuthenticationChannel.SMS) {
      messages.send(new SmsMessage(participant.mobile(), message.sms(), List.of(code)));
    } else {
      messages.send(
          new EmailMessage(participant.email(), message.subject(), message.body(), List.of(code)));
    }
    audit.otpSent(participant, origin);
    return viewOf(participant);
  }

  /**
   * Signs every document for the participant, once the one-time password is right. The password
   * check commits on its own, so that wrong tries count even though this request then fails.
   */
  public SigningView complete(
      String token, String otp, SignatureInput signature, RequestOrigin origin) {
    OtpAttempts.Outcome outcome = otpAttempts.check(token, otp, origin);
    switch (outcome.check()) {
      case WRONG -> throw SignLinkException.wrongOtp(outcome.triesLeft());
      case LOCKED -> throw SignLinkException.locked();
      case EXPIRED -> throw SignLinkException.otpExpired();
      case ACCEPTED -> {}
    }
    return self.sign(outcome.passed(), signature, origin);
  }

  /**
   * The signing itself, for {@link #complete} only: it trusts that the one-time password was
   * checked. Public so that the container's proxy can start its transaction.
   */
  @Transactional
  public SigningView sign(
      OtpAttempts.Passed passed, SignatureInput signature, RequestOrigin origin) {
    Workflow workflow =
        workflows
            .findForUpdate(passed.workflowId())
            .orElseThrow(() -> WorkflowException.notFound(passed.workflowId().toString()));
    Participant participant =
        workflow.participant(passed.participantId()).orElseThrow(SignLinkException::unknown);
    requireUsable(participant);
    applyCorrections(workflow, participant, signature);
    String shown = shownText(workflow, participant, signature);
    SealLogo drawing = drawing(signature);

    SealingKey key = signerCertificates.issue(participant.fullName(), participant.email());
    PortalTexts texts = PortalTexts.of(locales.of(participant));
    List<ParticipantSignatures.Signed> signed =
        signatures.sign(
            workflow,
            participant,
            key,
            shown,
            // Short: it must fit the box the sender drew; the audit trail tells the rest.
            participant.authentication() == AuthenticationChannel.SMS
                ? texts.text("signature.reason.sms")
                : texts.text("signature.reason.email"),
            signerCertificates.test(),
            SealLevel.B_T,
            drawing);
    participant.signed(
        clock.instant(), origin.clientIp(), origin.userAgent(), key.signingCertificate());
    audit.signed(participant, origin, key.signingCertificate(), signed);
    callbacks.stateChanged(workflow, participant, "participant.signed");
    steps.turnEnded(workflow, participant, true);
    return viewOf(participant);
  }

  @Transactional
  public SigningView decline(String token, String reason, RequestOrigin origin) {
    Participant holder = holderOf(token);
    Workflow workflow =
        workflows
            .findForUpdate(holder.workflow().id())
            .orElseThrow(() -> WorkflowException.notFound(holder.workflow().id().toString()));
    requireUsable(holder);
    if (reason == null || reason.isBlank()) {
      throw SignLinkException.invalidSignature(
          ProblemText.of("problem.invalid-signature.no-reason"));
    }
    String why = reason.strip();
    holder.declined(
        why.length() > 2000 ? why.substring(0, 2000) : why,
        clock.instant(),
        origin.clientIp(),
        origin.userAgent());
    audit.declined(holder, origin);
    callbacks.stateChanged(workflow, holder, "participant.declined");
    steps.turnEnded(workflow, holder, false);
    return viewOf(holder);
  }

  /**
   * Whether the participant may look at the request though nobody can act on it any more: once it
   * is completed, or when they signed last and the final sealing is under way (a qualified signer
   * comes back to their page from the trust service just then).
   */
  private static boolean mayStillLook(Participant participant) {
    WorkflowState state = participant.workflow().state();
    return state == WorkflowState.COMPLETED
        || (participant.state() == ParticipantState.SIGNED
            && (state == WorkflowState.FINALISING || state == WorkflowState.FINALISATION_FAILED));
  }

  /** Checks that the link may be used now; the participant's own state is checked as it acts. */
  void requireUsable(Participant participant) {
    Instant now = clock.instant();
    Workflow workflow = participant.workflow();
    switch (workflow.state()) {
      case IN_PROGRESS -> {}
      case CANCELLED ->
          throw SignLinkException.noLongerValid(
              ProblemText.of("problem.link-no-longer-valid.cancelled"));
      case DECLINED ->
          throw SignLinkException.noLongerValid(
              ProblemText.of("problem.link-no-longer-valid.declined"));
      case EXPIRED ->
          throw SignLinkException.noLongerValid(
              ProblemText.of("problem.link-no-longer-valid.expired"));
      default ->
          throw SignLinkException.noLongerValid(
              ProblemText.of("problem.link-no-longer-valid.completing"));
    }
    if (!now.isBefore(workflow.expiresAt())) {
      throw SignLinkException.noLongerValid(ProblemText.of("problem.link-no-longer-valid.expired"));
    }
    if (participant.state() == ParticipantState.LOCKED) {
      throw SignLinkException.locked();
    }
  }

  /**
   * The participant whose current link this token is.
   *
   * @throws SignLinkException {@code link-replaced} (410) when a newer link replaced it, {@code
   *     unknown-link} (404) when it never was a link
   */
  Participant holderOf(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      throw SignLinkException.unknown();
    }
    return workflows
        .participantByLinkToken(token)
        .orElseThrow(
            () ->
                workflows
                    .replacedLink(token)
                    .map(SignLinkException::replaced)
                    .orElseGet(SignLinkException::unknown));
  }

  private static void applyCorrections(
      Workflow workflow, Participant participant, SignatureInput input) {
    boolean name = workflow.editable().contains(EditableField.NAME);
    boolean email = workflow.editable().contains(EditableField.EMAIL);
    boolean mobile = workflow.editable().contains(EditableField.MOBILE);
    if ((!name
            && (changed(input.firstName(), participant.firstName())
                || changed(input.surname(), participant.surname())))
        || (!email && changed(input.email(), participant.email()))
        || (!mobile && changed(input.mobile(), participant.mobile()))) {
      throw SignLinkException.notAllowed(
          workflow.editable().isEmpty()
              ? ProblemText.of("problem.not-allowed.edit-nothing")
              : ProblemText.of("problem.not-allowed.edit-only", workflow.editable()));
    }
    participant.correct(
        name ? input.firstName() : null,
        name ? input.surname() : null,
        email ? input.email() : null,
        mobile ? input.mobile() : null);
  }

  private static String shownText(
      Workflow workflow, Participant participant, SignatureInput signature) {
    SignatureMode mode = signature.mode() == null ? SignatureMode.TYPED : signature.mode();
    if (!workflow.signatureModes().isEmpty() && !workflow.signatureModes().contains(mode)) {
      throw SignLinkException.invalidSignature(
          ProblemText.of("problem.invalid-signature.mode", workflow.signatureModes()));
    }
    if (mode == SignatureMode.DRAWN) {
      // The drawing stands beside the signer's name, as a reader's signature panel names them.
      return participant.fullName();
    }
    String text = signature.text() == null ? "" : signature.text().strip();
    if (text.isEmpty()) {
      throw SignLinkException.invalidSignature(
          ProblemText.of("problem.invalid-signature.typed-empty"));
    }
    if (text.length() > 100) {
      throw SignLinkException.invalidSignature(
          ProblemText.of("problem.invalid-signature.typed-too-long", 100));
    }
    return text;
  }

  /** The drawn signature as an image to embed, or null for a typed one. */
  private static SealLogo drawing(SignatureInput signature) {
    if (signature.mode() != SignatureMode.DRAWN) {
      return null;
    }
    if (signature.png() == null || signature.png().length == 0) {
      throw SignLinkException.invalidSignature(
          ProblemText.of("problem.invalid-signature.drawn-empty"));
    }
    // Measured from its header before anything decodes it: a few kilobytes of PNG can declare
    // gigabytes of pixels.
    ImageSize declared = ImageSize.of(signature.png()).orElse(null);
    if (declared != null && !declared.fitsWithin(SealLogo.MAX_PIXELS)) {
      throw ImageTooLargeException.drawnSignature(declared, SealLogo.MAX_PIXELS);
    }
    try {
      SealLogo drawing = SealLogo.read(signature.png());
      if (!drawing.mediaType().equals("image/png")) {
        throw SignLinkException.invalidSignature(
            ProblemText.of("problem.invalid-signature.drawn-not-png"));
      }
      return drawing;
    } catch (InvalidSealSettingsException e) {
      throw SignLinkException.invalidSignature(
          ProblemText.of("problem.invalid-signature.drawn-too-large", SealLogo.MAX_BYTES / 1024));
    }
  }

  private static boolean changed(String given, String current) {
    return given != null && !given.isBlank() && !given.strip().equals(current);
  }

  public SigningView viewOf(Participant participant) {
    Workflow workflow = participant.workflow();
    List<SigningView.Document> docs =
        workflow.documents().stream()
            .map(
                d ->
                    new SigningView.Document(
                        d.id(),
                        d.position(),
                        documents.name(d.documentId()),
                        documents.current(d.documentId()).sha256()))
            .toList();
    boolean sms = participant.authentication() == AuthenticationChannel.SMS;
    return new SigningView(
        workflow.name(),
        workflow.senderName(),
        workflow.state(),
        workflow.expiresAt(),
        participant.firstName(),
        participant.surname(),
        participant.email(),
        participant.mobile(),
        participant.message(),
        participant.action(),
        participant.state(),
        sms ? "sms" : "email",
        sms ? masked(participant.mobile()) : masked(participant.email()),
        workflow.signatureModes(),
        workflow.editable(),
        workflow.branding(),
        docs,
        participant.boxes());
  }

  private static String masked(String destination) {
    if (destination == null || destination.length() < 4) {
      return "";
    }
    int at = destination.indexOf('@');
    if (at > 1) {
      return destination.charAt(0) + "***" + destination.substring(at);
    }
    return "***" + destination.substring(destination.length() - 3);
  }
}
