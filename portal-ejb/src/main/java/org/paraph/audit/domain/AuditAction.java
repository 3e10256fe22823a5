package org.paraph.audit.domain;

/** The names of audited actions, as they appear in the log. */
public final class AuditAction {

  public static final String LOGIN = "LOGIN";
  public static final String LOGIN_FAILED = "LOGIN_FAILED";
  public static final String LOGOUT = "LOGOUT";
  public static final String SEAL_APPLIED = "SEAL_APPLIED";
  public static final String SEAL_BATCH_SUBMITTED = "SEAL_BATCH_SUBMITTED";
  public static final String SEAL_BATCH_RESENT = "SEAL_BATCH_RESENT";
  public static final String USER_CREATED = "USER_CREATED";
  public static final String USER_DISABLED = "USER_DISABLED";
  public static final String USER_ENABLED = "USER_ENABLED";
  public static final String USER_PROFILE_CHANGED = "USER_PROFILE_CHANGED";
  public static final String USER_PASSWORD_CHANGED = "USER_PASSWORD_CHANGED";
  public static final String USER_ROLES_CHANGED = "USER_ROLES_CHANGED";
  public static final String SEAL_CREATED = "SEAL_CREATED";
  public static final String SEAL_SETTINGS_CHANGED = "SEAL_SETTINGS_CHANGED";
  public static final String SEAL_RETIRED = "SEAL_RETIRED";
  public static final String TRUST_SETUP_CREATED = "TRUST_SETUP_CREATED";
  public static final String AUDIT_CHAIN_VERIFIED = "AUDIT_CHAIN_VERIFIED";

  /** The portal's time moved forward by an administrator (PARAPH_TEST_CLOCK=movable only). */
  public static final String CLOCK_ADVANCED = "CLOCK_ADVANCED";

  public static final String MESSAGE_FAILED = "MESSAGE_FAILED";
  public static final String WORKFLOW_CREATED = "WORKFLOW_CREATED";
  public static final String WORKFLOW_SENT = "WORKFLOW_SENT";
  public static final String PARTICIPANT_INVITED = "PARTICIPANT_INVITED";
  public static final String PARTICIPANT_REMINDED = "PARTICIPANT_REMINDED";
  public static final String LINK_OPENED = "LINK_OPENED";
  public static final String OTP_SENT = "OTP_SENT";
  public static final String OTP_VERIFIED = "OTP_VERIFIED";
  public static final String OTP_FAILED = "OTP_FAILED";
  public static final String LINK_LOCKED = "LINK_LOCKED";
  public static final String PARTICIPANT_SIGNED = "PARTICIPANT_SIGNED";
  public static final String QUALIFIED_SIGN_STARTED = "QUALIFIED_SIGN_STARTED";
  public static final String QUALIFIED_SIGNED = "QUALIFIED_SIGNED";
  public static final String QUALIFIED_SIGN_FAILED = "QUALIFIED_SIGN_FAILED";
  public static final String PARTICIPANT_DECLINED = "PARTICIPANT_DECLINED";
  public static final String WORKFLOW_SEAL_APPROVED = "WORKFLOW_SEAL_APPROVED";
  public static final String WORKFLOW_DECLINED = "WORKFLOW_DECLINED";
  public static final String WORKFLOW_CANCELLED = "WORKFLOW_CANCELLED";
  public static final String WORKFLOW_EXPIRED = "WORKFLOW_EXPIRED";
  public static final String WORKFLOW_SEALED = "WORKFLOW_SEALED";
  public static final String WORKFLOW_COMPLETED = "WORKFLOW_COMPLETED";
  public static final String WORKFLOW_FINALISATION_FAILED = "WORKFLOW_FINALISATION_FAILED";

  public static final String WORKFLOW_FINALISATION_RETRIED = "WORKFLOW_FINALISATION_RETRIED";
  public static final String CALLBACK_DELIVERED = "CALLBACK_DELIVERED";
  public static final String CALLBACK_FAILED = "CALLBACK_FAILED";

  private AuditAction() {}
}
