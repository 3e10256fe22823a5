package org.paraph.seals.application;

import org.paraph.seals.domain.SealRecord;

/** One line of the seal history: the record with the names a person reads. */
public record SealHistoryEntry(SealRecord record, String documentName, String sealName) {}
