package org.paraph.workflows.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A qualified signature under way at the trust service: the hash of the random state the
 * participant's browser took there, and until when it may come back. The state itself is never
 * stored.
 */
@Embeddable
public class QualifiedAuthorization {

  @Column(name = "qualified_state_hash")
  private String stateHash;

  @Column(name = "qualified_state_expires_at")
  private Instant expiresAt;

  protected QualifiedAuthorization() {}

  QualifiedAuthorization(String stateHash, Instant expiresAt) {
    this.stateHash = stateHash;
    this.expiresAt = expiresAt;
  }

  /** Whether the browser came back in time. */
  boolean openAt(Instant now) {
    return expiresAt != null && now.isBefore(expiresAt);
  }
}
