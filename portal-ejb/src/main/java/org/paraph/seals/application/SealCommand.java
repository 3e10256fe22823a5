package org.paraph.seals.application;

import java.util.Objects;
import org.paraph.seals.domain.PlacementRequest;
import org.paraph.seals.domain.SealFormat;
import org.paraph.seals.domain.SealLevel;

/**
 * A request to seal one PDF.
 *
 * @param fileName the document's name as given by the caller
 * @param content the PDF
 * @param sealReference a seal's name or id; null for the organisation seal
 * @param format PAdES (a sealed PDF) or CAdES (a detached .p7s)
 * @param level the baseline level, or {@code null} for the seal's default level
 * @param placement where the visible annotation goes: coordinates, a keyword, a signature field, or
 *     invisible (the only choice for CAdES)
 * @param reason shown in the annotation and the signature dictionary; may be null, must be for
 *     CAdES
 * @param location likewise; for CAdES, the signer location's locality
 * @param keep whether to keep the original and the sealed file in the portal; null for what the
 *     seal's document retention does by default
 */
public record SealCommand(
    String fileName,
    byte[] content,
    String sealReference,
    SealFormat format,
    SealLevel level,
    PlacementRequest placement,
    String reason,
    String location,
    Boolean keep) {

  public SealCommand {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(placement, "placement");
  }

  /** A request that leaves keeping the documents to the seal's retention. */
  public SealCommand(
      String fileName,
      byte[] content,
      String sealReference,
      SealFormat format,
      SealLevel level,
      PlacementRequest placement,
      String reason,
      String location) {
    this(fileName, content, sealReference, format, level, placement, reason, location, null);
  }

  /** The same request, asking to keep the documents (true) or not (false). */
  public SealCommand keeping(Boolean keepDocuments) {
    return new SealCommand(
        fileName,
        content,
        sealReference,
        format,
        level,
        placement,
        reason,
        location,
        keepDocuments);
  }

  /** A PAdES seal, the portal's default format. */
  public static SealCommand pades(
      String fileName,
      byte[] content,
      String sealReference,
      SealLevel level,
      PlacementRequest placement,
      String reason,
      String location) {
    return new SealCommand(
        fileName, content, sealReference, SealFormat.PADES, level, placement, reason, location);
  }
}
