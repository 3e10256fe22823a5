package org.paraph.seals.domain;

import java.util.List;

/**
 * Signs documents with a credential: the sealing engine as the use cases see it (organisation and
 * personal seals, participants' signatures, a workflow's final seal). Implemented with EU DSS and
 * PDFBox in {@code seals.infrastructure.sealing}.
 */
public interface DocumentSigner {

  /**
   * Seals {@code content} in the given format.
   *
   * @param format {@link SealFormat#PADES}: {@code content} is a PDF and the sealed PDF comes back,
   *     as an incremental update (with the annotation the options describe, if any); {@link
   *     SealFormat#CADES}: the detached {@code .p7s} over {@code content} comes back
   * @param key the credential that signs
   * @param options the level, the annotation and its placement, the reason and the time
   * @param tsaUrls the seal's timestamp authorities, tried in order; empty for the portal's own
   * @throws SealingFailedException when the document cannot be sealed; {@code
   *     timestamp-unavailable} naming every authority tried when none answered
   * @throws org.paraph.documents.domain.InvalidDocumentException when a PDF cannot be read
   */
  byte[] seal(
      SealFormat format,
      byte[] content,
      SigningCredential key,
      SealOptions options,
      List<String> tsaUrls);
}
