package org.paraph.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that points at the last event of the chain. Appending locks it, which orders
 * appends one after another across every node sharing the database.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

  public static final int ID = 1;

  @Id private int id;

  @Column(name = "last_sequence", nullable = false)
  private long lastSequence;

  @Column(name = "last_hash", nullable = false)
  private String lastHash;

  protected AuditChainHead() {}

  /** A head at the start of an empty chain (the migration creates the stored one). */
  public static AuditChainHead empty() {
    AuditChainHead head = new AuditChainHead();
    head.id = ID;
    head.lastHash = AuditChain.GENESIS;
    return head;
  }

  long lastSequence() {
    return lastSequence;
  }

  String lastHash() {
    return lastHash;
  }

  void advanceTo(AuditEvent event) {
    lastSequence = event.sequenceNumber();
    lastHash = event.hash();
  }
}
