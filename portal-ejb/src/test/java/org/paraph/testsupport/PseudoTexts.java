package org.paraph.testsupport;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Reads a text rendered in the pseudo-locale {@code en-XA}: what the bundle wrote is in brackets,
 * so whatever else reads as words was written by the code, or is data.
 */
public final class PseudoTexts {

  private PseudoTexts() {}

  /**
   * The words of {@code text} outside every bracketed part and outside the given data (names,
   * links, codes, digests...), joined by spaces; empty when every word came from the bundle.
   */
  public static String wordsOutsideTheBundle(String text, String... data) {
    String rest = text;
    String before;
    do {
      before = rest;
      rest = rest.replaceAll("\\[[^\\[\\]]*]", " ");
    } while (!rest.equals(before));
    String[] longestFirst = data.clone();
    Arrays.sort(longestFirst, Comparator.comparingInt(String::length).reversed());
    for (String datum : longestFirst) {
      rest = rest.replace(datum, " ");
    }
    return rest.replaceAll("[^\\p{L}]+", " ").strip();
  }
}
