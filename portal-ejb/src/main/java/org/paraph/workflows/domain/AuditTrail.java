package org.paraph.workflows.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What a workflow's audit trail proves: who was asked, how each identity was confirmed, what each
 * document was before and after, and every recorded event, in order; and the language it is drawn
 * in (the sender's, see {@code ReaderLocales}).
 */
public record AuditTrail(
    String workflowId,
    String name,
    String sender,
    Instant createdAt,
    Instant sentAt,
    Instant expiresAt,
    Instant completedAt,
    List<ParticipantRecord> participants,
    List<DocumentRecord> documents,
    List<EventRecord> events,
    Locale locale) {

  public record ParticipantRecord(
      String name,
      String email,
      String mobile,
      String action,
      String authentication,
      String portalUser,
      String state,
      Instant invitedAt,
      Instant otpSentAt,
      Instant otpVerifiedAt,
      Instant actedAt,
      String clientIp,
      String userAgent) {}

  public record DocumentRecord(String name, String sha256Before, String sha256After) {}

  public record EventRecord(
      long sequence,
      Instant at,
      String actor,
      String action,
      String details,
      String clientIp,
      String hash) {}
}
