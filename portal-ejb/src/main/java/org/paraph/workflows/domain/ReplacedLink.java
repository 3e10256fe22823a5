package org.paraph.workflows.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/**
 * A link a participant was sent and that a newer one replaced. Only the token's SHA-256 is kept, as
 * for the current link, so that an old message answers "replaced on this date" instead of "unknown
 * link", which a participant would take for an error or for phishing.
 */
@Embeddable
public class ReplacedLink {

  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @Column(name = "replaced_at", nullable = false, updatable = false)
  private Instant replacedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private LinkRenewal reason;

  protected ReplacedLink() {}

  public ReplacedLink(String tokenHash, Instant replacedAt, LinkRenewal reason) {
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.replacedAt = Objects.requireNonNull(replacedAt);
    this.reason = Objects.requireNonNull(reason);
  }

  public String tokenHash() {
    return tokenHash;
  }

  /** When the newer link was sent. */
  public Instant replacedAt() {
    return replacedAt;
  }

  /** Why the newer link was sent. */
  public LinkRenewal reason() {
    return reason;
  }

  // A token is replaced once: its hash identifies the row, as the table's primary key does.
  @Override
  public boolean equals(Object other) {
    return other instanceof ReplacedLink link && tokenHash.equals(link.tokenHash);
  }

  @Override
  public int hashCode() {
    return tokenHash.hashCode();
  }
}
