package org.paraph.seals.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The PAdES baseline level of a seal (ETSI EN 319 142-1). */
public enum SealLevel {
  /** Basic: the signature alone; its time is only what the portal claims. */
  B_B("B-B"),
  /** With a signature timestamp from a timestamp authority: the time is proven. */
  B_T("B-T"),
  /** With the validation data (certificates, revocation) needed to check it later. */
  B_LT("B-LT"),
  /** With a document timestamp over the validation data, for long-term archiving. */
  B_LTA("B-LTA");

  private final String label;

  SealLevel(String label) {
    this.label = label;
  }

  /** The label users and API clients see and send, e.g. {@code B-T}. */
  public String label() {
    return label;
  }

  /**
   * The level with the given label.
   *
   * @throws InvalidSealOptionException when the label is none of {@code B-B, B-T, B-LT, B-LTA}
   */
  public static SealLevel fromLabel(String label) {
    return Arrays.stream(values())
        .filter(level -> level.label.equals(label))
        .findFirst()
        .orElseThrow(() -> InvalidSealOptionException.unknownLevel(label, acceptedLabels()));
  }

  private static String acceptedLabels() {
    return Arrays.stream(values()).map(SealLevel::label).collect(Collectors.joining(", "));
  }
}
