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

  private AuditDetailCodes() {}
}
