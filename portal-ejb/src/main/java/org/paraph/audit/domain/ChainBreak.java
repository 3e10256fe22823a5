package org.paraph.audit.domain;

/** The first event at which the audit chain does not hold, and why. */
public record ChainBreak(long sequenceNumber, String reason) {}
