package org.paraph.seals.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the seal is made of, and so what the caller gets back. */
public enum SealFormat {
  /** A PAdES signature inside the PDF, with an optional visible annotation: a sealed PDF. */
  PADES("pades", "PAdES", "application/pdf", "-sealed.pdf"),
  /**
   * A CAdES signature detached from the document, in a {@code .p7s} file of its own: the PDF is
   * left untouched, and a verifier needs both files. It has no annotation.
   */
  CADES("cades", "CAdES", "application/pkcs7-signature", ".p7s");

  private final String label;
  private final String displayName;
  private final String mediaType;
  private final String fileSuffix;

  SealFormat(String label, String displayName, String mediaType, String fileSuffix) {
    this.label = label;
    this.displayName = displayName;
    this.mediaType = mediaType;
    this.fileSuffix = fileSuffix;
  }

  /** The value API clients send, e.g. {@code cades}. */
  public String label() {
    return label;
  }

  /** The name people know it by, e.g. {@code CAdES}. */
  public String displayName() {
    return displayName;
  }

  /** The media type of the sealed result. */
  public String mediaType() {
    return mediaType;
  }

  /**
   * The file name of the sealed result: {@code letter-sealed.pdf} for a sealed PDF, {@code
   * letter.pdf.p7s} for a detached signature, which by convention names the file it signs.
   */
  public String resultFileName(String documentName) {
    if (this == PADES && documentName.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
      return documentName.substring(0, documentName.length() - 4) + fileSuffix;
    }
    return documentName + fileSuffix;
  }

  /**
   * The format with the given label, in any case.
   *
   * @throws InvalidSealOptionException {@code invalid-format} for any other value
   */
  public static SealFormat fromLabel(String label) {
    return Arrays.stream(values())
        .filter(format -> format.label.equalsIgnoreCase(label.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                InvalidSealOptionException.invalidFormat(
                    label,
                    Arrays.stream(values())
                        .map(SealFormat::label)
                        .collect(Collectors.joining(", "))));
  }
}
