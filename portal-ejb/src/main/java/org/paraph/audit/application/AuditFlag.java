package org.paraph.audit.application;

/**
 * A yes or no among the parameters of coded audit details, stored as {@code "1"} or {@code "0"} so
 * that the text chooses its words by it ({@code {1,choice,0#|1# (TEST)}}) in every language.
 */
public final class AuditFlag {

  private AuditFlag() {}

  public static String of(boolean yes) {
    return yes ? "1" : "0";
  }
}
