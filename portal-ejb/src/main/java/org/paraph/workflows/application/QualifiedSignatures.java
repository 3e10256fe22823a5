package org.paraph.workflows.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.paraph.seals.domain.CertificateSubject;
import org.paraph.seals.domain.CscSettings;
import org.paraph.seals.domain.InvalidCredentialException;
import org.paraph.seals.domain.PersonalCredentials;
import org.paraph.seals.domain.RemoteCredential;
import org.paraph.seals.domain.RemoteCredentialException;
import org.paraph.seals.domain.SealLevel;
import org.paraph.shared.application.Secrets;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.QualifiedIdentity;
import org.paraph.workflows.domain.SignLinkException;
import org.paraph.workflows.domain.Workflow;
import org.paraph.workflows.domain.WorkflowException;
import org.paraph.workflows.domain.WorkflowRepository;

/**
 * A QUALIFIED_SIGN participant signs with the qualified certificate a remote trust service holds
 * for them (CSC API v2): {@link #start} sends their browser to the service's OAuth2 authorisation
 * with a state bound to them; {@link #finish} takes the service's answer, exchanges the code for
 * the token that reaches their credential, and has the service sign every document's hash. Each
 * signature is a PAdES B-T incremental update, so earlier signatures stay valid. A failure leaves
 * the participant able to start again.
 */
@ApplicationScoped
public class QualifiedSignatures {

  /** The signature dictionary's reason; short, as it must fit the sender's box. */
  static final String REASON = "Qualified electronic signature";

  @Inject WorkflowRepository workflows;
  @Inject QualifiedTrustService trustService;
  @Inject PersonalCredentials personalCredentials;
  @Inject ParticipantSignatures signatures;
  @Inject ParticipantLinks links;
  @Inject WorkflowSteps steps;
  @Inject WorkflowAudit audit;
  @Inject Callbacks callbacks;
  @Inject Secrets secrets;
  @Inject Clock clock;

  // Through the container, so that each step below commits on its own.
  @Inject QualifiedSignatures self;

  private final SecureRandom random = new SecureRandom();

  /** Whose authorisation came back. */
  public record Authorised(UUID workflowId, UUID participantId) {}

  /**
   * Where the portal's own page sends the participant's browser, and the value of the cookie that
   * binds the trust service's answer to that browser.
   */
  public record Started(URI authorization, Optional<String> browserBinding) {}

  /**
   * For an API client (a custom front end): no browser binding, the client binds the flow to its
   * user itself.
   *
   * @return where to send the participant's browser: the trust service's authorisation page
   */
  @Transactional
  public URI start(String token, RequestOrigin origin) {
    return start(token, origin, false).authorization();
  }

  /**
   * @param bindToBrowser whether the answer must come back to the browser that gets the cookie
   *     {@link Started#browserBinding}: true when the portal's own page starts
   */
  @Transactional
  public Started start(String token, RequestOrigin origin, boolean bindToBrowser) {
    Participant participant = links.holderOf(token);
    links.requireUsable(participant);
    CscSettings service = trustService.client();
    QualifiedState state =
        QualifiedState.create(
            participant.startQualifiedAuthorization(random, clock.instant()),
            bindToBrowser,
            random);
    URI authorization;
    try {
      authorization =
          personalCredentials.authorizationUri(
              service, trustService.redirectUri(), state.seal(secrets), state.pkce());
    } catch (RemoteCredentialException e) {
      throw SignLinkException.qualifiedUnreachable();
    }
    audit.qualifiedStarted(participant, origin, trustService.baseUrl());
    return new Started(authorization, state.browserBinding());
  }

  /**
   * The trust service's answer, as the participant's browser brings it back: a code, or an error
   * such as {@code access_denied}. The state is used up first, in its own transaction, so that the
   * same answer cannot be replayed whatever happens next. A state the portal's page started is only
   * accepted from the browser that holds its cookie, before anything else is done with it.
   *
   * @param browserCookie the value of the binding cookie the request carried, or null
   * @return the participant's view once every document is signed
   */
  public SigningView finish(
      String state,
      String code,
      String error,
      String errorDescription,
      RequestOrigin origin,
      String browserCookie) {
    QualifiedState opened = QualifiedState.open(state, secrets);
    if (!opened.cameBackTo(browserCookie)) {
      throw SignLinkException.qualifiedBrowserMismatch();
    }
    Authorised authorised = self.useState(opened.nonce());
    if ((error != null && !error.isBlank()) || code == null || code.isBlank()) {
      String why =
          error == null || error.isBlank()
              ? "no authorisation code came back"
              : error.strip()
                  + (errorDescription == null || errorDescription.isBlank()
                      ? ""
                      : ": " + errorDescription.strip());
      self.recordFailure(authorised, why, origin);
      throw SignLinkException.qualifiedAuthorizationDenied(why);
    }
    try {
      String accessToken =
          personalCredentials.exchangeCode(
              trustService.client(), code, trustService.redirectUri(), opened.pkce());
      RemoteCredential credential =
          personalCredentials.credentialOf(trustService.baseUrl(), accessToken);
      X509Certificate certificate = credential.chain().get(0);
      if (trustService.requiresNameMatch()) {
        Optional<SignLinkException> wrongPerson = self.wrongPerson(authorised, certificate);
        if (wrongPerson.isPresent()) {
          self.recordFailure(authorised, wrongPerson.get().getMessage(), origin);
          throw wrongPerson.get();
        }
      }
      return self.sign(authorised, credential, origin);
    } catch (InvalidCredentialException | RemoteCredentialException e) {
      self.recordFailure(authorised, e.getMessage(), origin);
      throw SignLinkException.qualifiedSignatureRefused(e.getMessage() + ".");
    }
  }

  /** For {@link #finish} only; public so that the container starts its transaction. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Authorised useState(String state) {
    if (state == null || state.isBlank() || state.length() > 100) {
      throw SignLinkException.qualifiedStateUnknown();
    }
    Participant participant =
        workflows
            .participantByQualifiedState(state)
            .orElseThrow(SignLinkException::qualifiedStateUnknown);
    participant.finishQualifiedAuthorization(clock.instant());
    return new Authorised(participant.workflow().id(), participant.id());
  }

  /** For {@link #finish} only: the failure is audited even though the request fails. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordFailure(Authorised authorised, String why, RequestOrigin origin) {
    workflows
        .participant(authorised.participantId())
        .ifPresent(participant -> audit.qualifiedFailed(participant, origin, why));
  }

  /**
   * For {@link #finish} only: the refusal to give when the certificate names someone else than the
   * participant the sender invited.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<SignLinkException> wrongPerson(
      Authorised authorised, X509Certificate certificate) {
    Participant participant =
        workflows.participant(authorised.participantId()).orElseThrow(SignLinkException::unknown);
    List<String> certified = subjectNames(certificate);
    if (QualifiedIdentity.names(participant.firstName(), participant.surname(), certified)) {
      return Optional.empty();
    }
    return Optional.of(
        SignLinkException.qualifiedIdentityMismatch(
            commonName(certificate, String.join(" ", certified)), participant.fullName()));
  }

  /** For {@link #finish} only: signs every document with the person's credential. */
  @Transactional
  public SigningView sign(
      Authorised authorised, RemoteCredential credential, RequestOrigin origin) {
    Workflow workflow =
        workflows
            .findForUpdate(authorised.workflowId())
            .orElseThrow(() -> WorkflowException.notFound(authorised.workflowId().toString()));
    Participant participant =
        workflow.participant(authorised.participantId()).orElseThrow(SignLinkException::unknown);
    links.requireUsable(participant);
    X509Certificate certificate = credential.chain().get(0);
    Instant now = clock.instant();
    List<ParticipantSignatures.Signed> signed =
        signatures.sign(
            workflow,
            participant,
            credential,
            commonName(certificate, participant.fullName()),
            REASON,
            false,
            SealLevel.B_T,
            null);
    participant.signed(now, origin.clientIp(), origin.userAgent(), certificate);
    audit.qualifiedSigned(participant, origin, certificate, signed);
    callbacks.stateChanged(workflow, participant, "participant.signed");
    steps.turnEnded(workflow, participant, true);
    return links.viewOf(participant);
  }

  /** The certificate's common name, which the annotation shows: it is who signs. */
  private static String commonName(X509Certificate certificate, String fallback) {
    return CertificateSubject.of(certificate).commonName().orElse(fallback);
  }

  /** The names the certificate's subject gives: common name, given name and surname. */
  private static List<String> subjectNames(X509Certificate certificate) {
    return CertificateSubject.of(certificate).personNames();
  }
}
