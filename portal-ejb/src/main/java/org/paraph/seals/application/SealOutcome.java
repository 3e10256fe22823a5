package org.paraph.seals.application;

import org.paraph.seals.domain.SealFormat;
import org.paraph.seals.domain.SealRecord;

/**
 * A seal applied: its record, the name of the seal used, and the sealed file (the sealed PDF, or
 * the detached signature) with its name and media type.
 */
public record SealOutcome(
    SealRecord record, String sealName, String fileName, String mediaType, byte[] sealedFile) {

  /** The outcome of a record, the sealed file named after the document as its format names it. */
  static SealOutcome of(SealRecord record, String sealName, String documentName, byte[] sealed) {
    SealFormat format = record.format();
    return new SealOutcome(
        record, sealName, format.resultFileName(documentName), format.mediaType(), sealed);
  }
}
