package org.paraph.audit.domain;

/** The names of audited actions, as they appear in the log. */
public final class AuditAction {

  public static final String LOGIN = "LOGIN";
  public static final String LOGIN_FAILED = "LOGIN_FAILED";
  public static final String LOGOUT = "LOGOUT";
  public static final String SEAL_APPLIED = "SEAL_APPLIED";
  public static final String USER_CREATED = "USER_CREATED";
  public static final String SEAL_CREATED = "SEAL_CREATED";
  public static final String TRUST_SETUP_CREATED = "TRUST_SETUP_CREATED";
  public static final String AUDIT_CHAIN_VERIFIED = "AUDIT_CHAIN_VERIFIED";

  private AuditAction() {}
}
