package org.paraph.audit.domain;

import java.time.Instant;

/**
 * What an auditor looks for; every part may be null (no condition).
 *
 * @param workflow a workflow id, or part of one: events whose subject names it
 * @param participant a name, an e-mail address or part of one: events whose actor or details
 *     mention it
 * @param action an exact action name, such as {@code OTP_FAILED}
 * @param from events at or after this instant
 * @param to events before this instant
 */
public record AuditFilter(
    String workflow, String participant, String action, Instant from, Instant to) {

  public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);
}
