package org.paraph.seals.application;

import org.paraph.seals.domain.SealRecord;

/** A seal applied: its record, the name of the seal used, and the sealed PDF. */
public record SealOutcome(SealRecord record, String sealName, String fileName, byte[] sealedPdf) {}
