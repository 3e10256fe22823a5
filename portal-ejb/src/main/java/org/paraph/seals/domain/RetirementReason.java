package org.paraph.seals.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a seal was taken out of service, in the terms of the CRL reason codes of RFC 5280 (section
 * 5.3.1) where one fits. Only {@link #KEY_COMPROMISED} changes what the verifier says about the
 * documents the seal made: from the retirement on, its certificate counts as revoked. The others
 * leave those documents verifying as before.
 */
public enum RetirementReason {
  /** Someone else may hold the key: RFC 5280 keyCompromise (1). */
  KEY_COMPROMISED(1, "key compromised"),
  /** A new certificate replaces this one: RFC 5280 superseded (4). */
  CERTIFICATE_REPLACED(4, "certificate replaced"),
  /** The holder (a person, a department) is gone: RFC 5280 cessationOfOperation (5). */
  HOLDER_LEFT(5, "holder left"),
  /** Another reason, none of the above: RFC 5280 unspecified (0). */
  OTHER(0, "other"),
  /**
   * No reason given: API clients that do not send one, and seals retired before reasons were asked.
   * Treated as a reason other than a compromise.
   */
  NOT_STATED(0, "not stated");

  private final int rfc5280Code;
  private final String label;

  RetirementReason(int rfc5280Code, String label) {
    this.rfc5280Code = rfc5280Code;
    this.label = label;
  }

  /** The CRLReason code of RFC 5280 that says the same. */
  public int rfc5280Code() {
    return rfc5280Code;
  }

  /**
   * In words, for the audit log (recorded as it is, in English). What a person choosing a reason
   * reads, with what it changes, is the pages' ({@code SealLabels} in portal-web).
   */
  public String label() {
    return label;
  }

  public boolean keyCompromised() {
    return this == KEY_COMPROMISED;
  }

  /** The reason named by a request ({@code key_compromised} as well), if it is one. */
  public static Optional<RetirementReason> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values()).filter(reason -> reason.name().equals(wanted)).findFirst();
  }

  /** The reasons a person chooses from when retiring (not {@link #NOT_STATED}). */
  public static RetirementReason[] choices() {
    return new RetirementReason[] {KEY_COMPROMISED, CERTIFICATE_REPLACED, HOLDER_LEFT, OTHER};
  }
}
