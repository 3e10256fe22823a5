package org.paraph.seals.application;

import java.util.Objects;
import org.paraph.seals.domain.PlacementRequest;
import org.paraph.seals.domain.SealLevel;

/**
 * A request to seal one PDF.
 *
 * @param fileName the document's name as given by the caller
 * @param content the PDF
 * @param sealReference a seal's name or id; null for the organisation seal
 * @param level the PAdES baseline level
 * @param placement where the visible annotation goes: coordinates, a keyword, a signature field, or
 *     invisible
 * @param reason shown in the annotation and the signature dictionary; may be null
 * @param location likewise; may be null
 */
public record SealCommand(
    String fileName,
    byte[] content,
    String sealReference,
    SealLevel level,
    PlacementRequest placement,
    String reason,
    String location) {

  public SealCommand {
    Objects.requireNonNull(placement, "placement");
  }
}
