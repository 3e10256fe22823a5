package org.paraph.workflows.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a qualified certificate names the participant the sender invited. Anyone who holds the
 * link could otherwise sign with their own qualified certificate in the invited person's place, and
 * the document would carry a valid signature of the wrong person.
 *
 * <p>Names match when every part of the participant's first name and surname is a part of the
 * certificate's name (its given name and surname, or its common name), ignoring case, accents and
 * punctuation: "Élise Dupont-Moreau" matches "DUPONT MOREAU Elise" and "Elise Marie Dupont-Moreau",
 * but not "Elise Dupont".
 */
public final class QualifiedIdentity {

  private QualifiedIdentity() {}

  /**
   * @param certificateNames the names the certificate's subject gives: its common name, and its
   *     given name and surname where it has them
   */
  public static boolean names(String firstName, String surname, List<String> certificateNames) {
    Set<String> invited = parts(nullToEmpty(firstName) + " " + nullToEmpty(surname));
    if (invited.isEmpty()) {
      return false;
    }
    Set<String> certified =
        certificateNames.stream()
            .flatMap(name -> parts(name).stream())
            .collect(Collectors.toUnmodifiableSet());
    return certified.containsAll(invited);
  }

  /**
   * Letters that no Unicode decomposition takes to a plain one, written plainly the way passports'
   * machine-readable zones and many certificates write them.
   */
  private static final Map<String, String> PLAIN_LETTERS =
      Map.of(
          "ł", "l", "ø", "o", "đ", "d", "ß", "ss", "æ", "ae", "œ", "oe", "ı", "i", "þ", "th", "ς",
          "σ");

  private static Set<String> parts(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> letter : PLAIN_LETTERS.entrySet()) {
      plain = plain.replace(letter.getKey(), letter.getValue());
    }
    return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+"))
        .filter(part -> !part.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
