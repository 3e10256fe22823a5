package org.paraph.workflows.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.paraph.shared.domain.ProblemText;

/**
 * Someone who acts on a workflow's documents. A participant reached through a link holds at most
 * one valid link at a time: only the SHA-256 of its token is stored, and issuing a new link (a
 * reminder, a resent invitation) makes the previous one useless; its hash is kept among the
 * replaced links, so that the old link can say it was replaced. The one-time password is kept the
 * same way, hashed, with its expiry and the count of wrong tries.
 */
@Entity
@Table(name = "workflow_participant")
@NamedQuery(
    name = Participant.BY_LINK_HASH,
    query = "select p from Participant p where p.linkTokenHash = :hash")
@NamedQuery(
    name = Participant.REPLACED_LINK_BY_HASH,
    query =
        "select new org.paraph.workflows.domain.ReplacedLink(r.tokenHash, r.replacedAt, r.reason)"
            + " from Participant p join p.replacedLinks r where r.tokenHash = :hash")
@NamedQuery(
    name = Participant.BY_QUALIFIED_STATE,
    query = "select p from Participant p where p.qualifiedAuthorization.stateHash = :hash")
@NamedQuery(
    name = Participant.INVITED_PORTAL_USER,
    query =
        "select p from Participant p where p.portalUser = :user and p.state = :state"
            + " and p.workflow.state = :workflowState order by p.invitedAt")
public class Participant {

  public static final String BY_LINK_HASH = "Participant.byLinkHash";
  public static final String REPLACED_LINK_BY_HASH = "Participant.replacedLinkByHash";
  public static final String INVITED_PORTAL_USER = "Participant.invitedPortalUser";
  public static final String BY_QUALIFIED_STATE = "Participant.byQualifiedState";

  /** How long a person may take at the trust service to authorise a qualified signature. */
  public static final Duration QUALIFIED_AUTHORIZATION_VALIDITY = Duration.ofMinutes(15);

  /** How long a one-time password may be used after it was sent. */
  public static final Duration OTP_VALIDITY = Duration.ofMinutes(10);

  /** Wrong one-time passwords accepted before the link is locked. */
  public static final int MAX_OTP_FAILURES = 5;

  @Id private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "workflow_id", nullable = false, updatable = false)
  private Workflow workflow;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(name = "order_number", nullable = false, updatable = false)
  private int order;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(nullable = false)
  private String surname;

  private String email;
  private String mobile;
  private String message;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ParticipantAction action;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AuthenticationChannel authentication;

  @Column(name = "portal_user")
  private String portalUser;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ParticipantState state;

  @Column(name = "link_token_hash")
  private String linkTokenHash;

  @Column(name = "invited_at")
  private Instant invitedAt;

  @Column(name = "opened_at")
  private Instant openedAt;

  @Column(name = "otp_hash")
  private String otpHash;

  @Column(name = "otp_sent_at")
  private Instant otpSentAt;

  @Column(name = "otp_expires_at")
  private Instant otpExpiresAt;

  @Column(name = "otp_failures", nullable = false)
  private int otpFailures;

  @Column(name = "otp_verified_at")
  private Instant otpVerifiedAt;

  // Null until the participant signs or declines (the database reads all its columns as null).
  @Embedded private ParticipantAct act;

  // Null unless a qualified signature is under way at the trust service.
  @Embedded private QualifiedAuthorization qualifiedAuthorization;

  @ElementCollection
  @CollectionTable(name = "workflow_field", joinColumns = @JoinColumn(name = "participant_id"))
  @OrderColumn(name = "position")
  private List<SignatureBox> boxes = new ArrayList<>();

  // When codes were asked for with the current link, at most as many as the limit counts: kept in
  // the database, so that every node of a cluster sees the same budget.
  @ElementCollection
  @CollectionTable(
      name = "workflow_otp_request",
      joinColumns = @JoinColumn(name = "participant_id"))
  @Column(name = "requested_at", nullable = false)
  private List<Instant> otpRequests = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "workflow_replaced_link",
      joinColumns = @JoinColumn(name = "participant_id"))
  private Set<ReplacedLink> replacedLinks = new HashSet<>();

  protected Participant() {}

  Participant(Workflow workflow, int position, ParticipantDetails details) {
    this.id = UUID.randomUUID();
    this.workflow = workflow;
    this.position = position;
    this.order = details.order();
    this.firstName = details.firstName();
    this.surname = details.surname();
    this.email = details.email();
    this.mobile = details.mobile();
    this.message = details.message();
    this.action = details.action();
    this.authentication = details.authentication();
    this.portalUser = details.portalUser();
    this.boxes = new ArrayList<>(details.boxes());
    this.state = ParticipantState.WAITING;
  }

  /**
   * Makes this participant's turn begin, or renews the link (reminder, resent invitation): a new
   * random token whose hash replaces the previous one, which is kept as replaced, for the reason
   * given. The new link starts with a fresh budget of one-time passwords.
   *
   * @return the token, to be sent to the participant and never stored
   */
  public String issueLink(SecureRandom random, Instant now, LinkRenewal why) {
    String token = ParticipantSecrets.newToken(random);
    if (linkTokenHash != null) {
      replacedLinks.add(new ReplacedLink(linkTokenHash, now, why));
    }
    linkTokenHash = ParticipantSecrets.hashOfToken(token);
    otpRequests.clear();
    if (state == ParticipantState.WAITING || state == ParticipantState.LOCKED) {
      state = ParticipantState.INVITED;
      otpFailures = 0;
      otpHash = null;
    }
    invitedAt = now;
    return token;
  }

  /**
   * For a participant who acts as a portal user (a seal): no link, the task shows in the portal.
   */
  public void invite(Instant now) {
    state = ParticipantState.INVITED;
    invitedAt = now;
  }

  /** The first time the participant opens the link; later visits change nothing. */
  public boolean markOpened(Instant now) {
    if (openedAt != null) {
      return false;
    }
    openedAt = now;
    return true;
  }

  /**
   * A new one-time password of six digits, valid for {@link #OTP_VALIDITY}; any earlier one stops
   * working. Wrong tries are counted across passwords, so asking for new ones does not reset them.
   *
   * @throws OtpRequestsExceededException when this link already asked for as many codes as the
   *     limit allows within its window; nothing changes then
   */
  public String issueOtp(SecureRandom random, Instant now, OtpRequestLimit limit) {
    state.requireMayAct();
    List<Instant> remembered = limit.admit(otpRequests, now);
    otpRequests.clear();
    otpRequests.addAll(remembered);
    String code = ParticipantSecrets.newOtp(random);
    otpHash = ParticipantSecrets.hashOfOtp(id, linkTokenHash, code);
    otpSentAt = now;
    otpExpiresAt = now.plus(OTP_VALIDITY);
    return code;
  }

  /**
   * Checks a one-time password. A wrong one is counted, and the fifth locks the link; the caller
   * must commit that even though the request fails.
   */
  public OtpCheck checkOtp(String code, Instant now) {
    if (state == ParticipantState.LOCKED) {
      return OtpCheck.LOCKED;
    }
    state.requireMayAct();
    if (otpHash == null || otpExpiresAt == null || !now.isBefore(otpExpiresAt)) {
      return OtpCheck.EXPIRED;
    }
    if (ParticipantSecrets.otpMatches(otpHash, id, linkTokenHash, code)) {
      otpHash = null;
      otpVerifiedAt = now;
      return OtpCheck.ACCEPTED;
    }
    otpFailures++;
    if (otpFailures >= MAX_OTP_FAILURES) {
      state = ParticipantState.LOCKED;
      otpHash = null;
      return OtpCheck.LOCKED;
    }
    return OtpCheck.WRONG;
  }

  /**
   * Starts a qualified signature: the participant's browser goes to the trust service with a new
   * random state, which must come back within {@link #QUALIFIED_AUTHORIZATION_VALIDITY}. Only its
   * hash is kept, and a new start makes an earlier state useless.
   *
   * @return the state, to be sent with the redirect and never stored
   */
  public String startQualifiedAuthorization(SecureRandom random, Instant now) {
    state.requireMayAct();
    if (action != ParticipantAction.QUALIFIED_SIGN) {
      throw SignLinkException.notAllowed(ProblemText.of("problem.not-allowed.not-qualified"));
    }
    String authorizationState = ParticipantSecrets.newToken(random);
    qualifiedAuthorization =
        new QualifiedAuthorization(
            ParticipantSecrets.hashOfToken(authorizationState),
            now.plus(QUALIFIED_AUTHORIZATION_VALIDITY));
    return authorizationState;
  }

  /**
   * The trust service sent the browser back with this participant's state: the state is used up
   * whatever happens next, so that the same answer cannot be replayed.
   *
   * @throws SignLinkException when the state has expired or the participant can no longer act
   */
  public void finishQualifiedAuthorization(Instant now) {
    QualifiedAuthorization pending = qualifiedAuthorization;
    qualifiedAuthorization = null;
    if (pending == null || !pending.openAt(now)) {
      throw SignLinkException.qualifiedAuthorizationExpired();
    }
    state.requireMayAct();
  }

  public int otpTriesLeft() {
    return Math.max(0, MAX_OTP_FAILURES - otpFailures);
  }

  /**
   * Records a signature (or an applied seal) on every document, with the certificate that made it
   * (null when none is known).
   */
  public void signed(Instant now, String ip, String agent, X509Certificate certificate) {
    state.requireMayAct();
    state = ParticipantState.SIGNED;
    act = ParticipantAct.signed(now, ip, agent, certificate);
  }

  public void declined(String reason, Instant now, String ip, String agent) {
    state.requireMayAct();
    state = ParticipantState.DECLINED;
    act = ParticipantAct.declined(reason, now, ip, agent);
  }

  /** Corrections the sender allowed the participant to make. */
  public void correct(String newFirstName, String newSurname, String newEmail, String newMobile) {
    firstName = correctedOr(newFirstName, firstName);
    surname = correctedOr(newSurname, surname);
    email = correctedOr(newEmail, email);
    mobile = correctedOr(newMobile, mobile);
  }

  /** A blank correction keeps what was there. */
  private static String correctedOr(String correction, String current) {
    return correction == null || correction.isBlank() ? current : correction.strip();
  }

  /** The stored form of a link token. */
  public static String hashOfToken(String token) {
    return ParticipantSecrets.hashOfToken(token);
  }

  public UUID id() {
    return id;
  }

  public Workflow workflow() {
    return workflow;
  }

  public int position() {
    return position;
  }

  public int order() {
    return order;
  }

  public String firstName() {
    return firstName;
  }

  public String surname() {
    return surname;
  }

  public String fullName() {
    return (firstName + " " + surname).strip();
  }

  public String email() {
    return email;
  }

  public String mobile() {
    return mobile;
  }

  public String message() {
    return message;
  }

  public ParticipantAction action() {
    return action;
  }

  public AuthenticationChannel authentication() {
    return authentication;
  }

  public String portalUser() {
    return portalUser;
  }

  public ParticipantState state() {
    return state;
  }

  public Instant invitedAt() {
    return invitedAt;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant otpSentAt() {
    return otpSentAt;
  }

  public Instant otpVerifiedAt() {
    return otpVerifiedAt;
  }

  public int otpFailures() {
    return otpFailures;
  }

  public Instant actedAt() {
    return act == null ? null : act.at();
  }

  public String declineReason() {
    return act == null ? null : act.declineReason();
  }

  public String clientIp() {
    return act == null ? null : act.clientIp();
  }

  public String userAgent() {
    return act == null ? null : act.userAgent();
  }

  /** The links this participant was sent before the current one. */
  public Set<ReplacedLink> replacedLinks() {
    return Set.copyOf(replacedLinks);
  }

  public List<SignatureBox> boxes() {
    return List.copyOf(boxes);
  }

  /** The boxes on one document. */
  public List<SignatureBox> boxesOn(int documentPosition) {
    return boxes.stream().filter(box -> box.documentPosition() == documentPosition).toList();
  }
}
