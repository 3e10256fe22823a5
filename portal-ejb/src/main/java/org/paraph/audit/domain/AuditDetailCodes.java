package org.paraph.audit.domain;

/**
 * The codes of audit details recorded as a code and its parameters rather than as an English
 * sentence, so that a reader sees them in their own language. Events recorded before keep their
 * sentences: they are in the hash chain. Each code has its text, {@code audit.details.<code>}, in
 * the web bundle, with the parameters in this order.
 */
public final class AuditDetailCodes {

  /** The test clock moved: by (ISO-8601 duration), from, to (instants). */
  public static final String CLOCK_ADVANCED = "clock.advanced";

  // Users (identity.application). A flag is "1" for yes and "0" for no.

  /** The first administrator, made at first start: roles (as a list). */
  public static final String USER_CREATED_FIRST = "user.created.first";

  /** A user made by an administrator: display name, e-mail, roles. */
  public static final String USER_CREATED = "user.created";

  /** The same, without an e-mail address: display name, roles. */
  public static final String USER_CREATED_NO_EMAIL = "user.created.no-email";

  /** Roles changed: before, after. */
  public static final String USER_ROLES_CHANGED = "user.roles.changed";

  /** A user chose their language: its language tag. */
  public static final String USER_LANGUAGE_CHOSEN = "user.language.chosen";

  /** A user chose to be shown the browser's language. */
  public static final String USER_LANGUAGE_OF_BROWSER = "user.language.of-browser";

  /** A user changed their name and address: display name, e-mail. */
  public static final String USER_DETAILS_CHANGED = "user.details.changed";

  /** The same, without an e-mail address: display name. */
  public static final String USER_DETAILS_CHANGED_NO_EMAIL = "user.details.changed.no-email";

  /** A wrong user name or password. */
  public static final String LOGIN_REFUSED = "login.refused";

  /** The same, and further logins are refused for a while: seconds. */
  public static final String LOGIN_REFUSED_LOCKED = "login.refused.locked";

  // Messages (messaging.application).

  /** A mail or text message given up: channel, message id, attempts, last error. */
  public static final String MESSAGE_GIVEN_UP = "message.given-up";

  // Seals (seals.application, trust.application).

  /**
   * A document sealed: seal, test flag, format, level, record id, original SHA-256, sealed SHA-256.
   */
  public static final String SEAL_APPLIED = "seal.applied";

  /**
   * A document sealed at a lower level than asked, no timestamp authority having answered: seal,
   * test flag, format, level, level asked, record id, original SHA-256, sealed SHA-256.
   */
  public static final String SEAL_APPLIED_DEGRADED = "seal.applied.degraded";

  /** A batch queued: documents, seal, test flag, format, level. */
  public static final String BATCH_SUBMITTED = "batch.submitted";

  /** A batch's failed documents queued again: how many. */
  public static final String BATCH_RESENT = "batch.resent";

  /**
   * A seal registered with a PKCS#12 file: test flag, certificate subject, issuer, organisation
   * seal flag.
   */
  public static final String SEAL_CREATED = "seal.created";

  /** A person's own certificate: test flag, subject, issuer, owner, organisation seal flag. */
  public static final String SEAL_CREATED_PERSONAL = "seal.created.personal";

  /**
   * A seal in PKCS#11 tokens: test flag, subject, issuer, number of tokens, their slots,
   * organisation seal flag.
   */
  public static final String SEAL_CREATED_PKCS11 = "seal.created.pkcs11";

  /**
   * A seal at a CSC service: test flag, subject, issuer, the service's address, the credential,
   * organisation seal flag.
   */
  public static final String SEAL_CREATED_CSC = "seal.created.csc";

  /** The demo trust setup's seal, at first start: certificate subject. */
  public static final String SEAL_CREATED_DEMO = "seal.created.demo";

  /**
   * A seal's settings saved: organisation shown flag, organisation, person flag, time flag, time
   * zone, reason flag, default reason, location flag, default location, logo flag, logo bytes,
   * default level, own timestamp authorities flag, their addresses, B-B without one flag.
   */
  public static final String SEAL_SETTINGS_CHANGED = "seal.settings.changed";

  /**
   * The same, then the seal's document retention as its number (0 always kept, 1 unless a request
   * says not, 2 only on request), from schema 18 on.
   */
  public static final String SEAL_SETTINGS_SAVED = "seal.settings.saved";

  /**
   * A seal retired, one code per reason ({@code seal.retired.} and the reason's name in lower case,
   * '_' as '-'): personal flag, owner, certificate subject, serial (hex), credential kind.
   */
  public static final String SEAL_RETIRED_KEY_COMPROMISED = "seal.retired.key-compromised";

  public static final String SEAL_RETIRED_CERTIFICATE_REPLACED =
      "seal.retired.certificate-replaced";
  public static final String SEAL_RETIRED_HOLDER_LEFT = "seal.retired.holder-left";
  public static final String SEAL_RETIRED_OTHER = "seal.retired.other";
  public static final String SEAL_RETIRED_NOT_STATED = "seal.retired.not-stated";

  /** The demo signer CA, at first start: its subject, its issuer. */
  public static final String TRUST_SIGNER_CA = "trust.signer-ca";

  /** The demo root, at first start: its subject. */
  public static final String TRUST_ROOT = "trust.root";

  // Workflows (workflows.application.WorkflowAudit): below this line.

  // A participant is described by the first five parameters of the codes below that say
  // "participant": id, full name with the e-mail address in angle brackets if there is one
  // ("Alice Martin <a@x.org>", as the event's actor is named; a choice cannot write a '<'), mobile
  // flag, mobile number (or ""), action (SIGN, QUALIFIED_SIGN or SEAL, as the API names it). The
  // channel flag is 1 for SMS, 0 for e-mail. A list of documents is one parameter, "name sha256
  // before -> after", separated by "; ".

  /** A workflow created: its name, documents, participants, expiry (ISO-8601 instant). */
  public static final String WORKFLOW_CREATED = "workflow.created";

  /** A workflow's process started. */
  public static final String WORKFLOW_SENT = "workflow.sent";

  /** The failed final sealing set to run again: jobs, the failure it had. */
  public static final String WORKFLOW_FINALISATION_RETRIED = "workflow.finalisation.retried";

  /** The final sealing failed, to be retried: the failure. */
  public static final String WORKFLOW_FINALISATION_FAILED = "workflow.finalisation.failed";

  /**
   * A participant declined, which ends the workflow: their full name, their reason as they wrote
   * it.
   */
  public static final String WORKFLOW_DECLINED = "workflow.declined";

  /** The same, no participant having given a reason. */
  public static final String WORKFLOW_DECLINED_NO_REASON = "workflow.declined.no-reason";

  /** A document sealed at the end: document name, seal, test flag, SHA-256 before, after. */
  public static final String WORKFLOW_DOCUMENT_SEALED = "workflow.document.sealed";

  /** Every document sealed: how many. */
  public static final String WORKFLOW_COMPLETED = "workflow.completed";

  /**
   * The participant (five parameters), channel flag: their link sent again at the sender's request.
   */
  public static final String PARTICIPANT_LINK_RESENT = "participant.link.resent";

  /** The participant (five parameters), channel flag: their link sent. */
  public static final String PARTICIPANT_INVITED = "participant.invited";

  /** The participant (five parameters), channel flag: a new link sent as a reminder. */
  public static final String PARTICIPANT_REMINDED = "participant.reminded";

  /** The participant (five parameters), the portal user in whose tasks the seal approval waits. */
  public static final String PARTICIPANT_SEAL_WAITING = "participant.seal.waiting";

  /** The participant (five parameters): their link opened. */
  public static final String LINK_OPENED = "link.opened";

  /** The participant (five parameters): their link locked after too many wrong passwords. */
  public static final String LINK_LOCKED = "link.locked";

  /** The participant (five parameters), channel flag: a one-time password sent. */
  public static final String OTP_SENT = "otp.sent";

  /** The participant (five parameters): their one-time password accepted. */
  public static final String OTP_VERIFIED = "otp.verified";

  /** The participant (five parameters), tries left: a wrong one-time password. */
  public static final String OTP_WRONG = "otp.wrong";

  /** The participant (five parameters): a one-time password given after it expired, or unsent. */
  public static final String OTP_EXPIRED = "otp.expired";

  /**
   * The participant (five parameters), the certificate's serial (hex), the documents signed (a
   * list).
   */
  public static final String PARTICIPANT_SIGNED = "participant.signed";

  /** The participant (five parameters), their reason as they wrote it. */
  public static final String PARTICIPANT_DECLINED = "participant.declined";

  /**
   * The participant (five parameters), the trust service's address: a qualified signature begun.
   */
  public static final String QUALIFIED_STARTED = "qualified.started";

  /** The participant (five parameters), the failure as the trust service or portal gave it. */
  public static final String QUALIFIED_FAILED = "qualified.failed";

  /**
   * The participant (five parameters), the qualified certificate's subject, its issuer, its serial
   * (hex), the documents signed (a list).
   */
  public static final String QUALIFIED_SIGNED = "qualified.signed";

  /** The seal task's participant (five parameters), the approver's reason: the seal refused. */
  public static final String PARTICIPANT_SEAL_REFUSED = "participant.seal.refused";

  /**
   * The seal task's participant (five parameters), seal, test flag, the documents sealed (a list):
   * the seal approved and applied.
   */
  public static final String PARTICIPANT_SEAL_APPROVED = "participant.seal.approved";

  /** A callback delivered: its event, delivery id, URL, HTTP status, attempts. */
  public static final String CALLBACK_DELIVERED = "callback.delivered";

  /** A callback given up: its event, delivery id, URL, attempts, last error. */
  public static final String CALLBACK_GIVEN_UP = "callback.given-up";

  private AuditDetailCodes() {}
}
