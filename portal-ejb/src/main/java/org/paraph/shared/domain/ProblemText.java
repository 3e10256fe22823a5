package org.paraph.shared.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.paraph.shared.i18n.PortalTexts;

/**
 * What a {@link PortalException} says, as a key of the core's bundle and its arguments: the domain
 * knows no reader, so it names the text, and whoever answers (the API) writes it in the reader's
 * language. Made only by {@link #of} with the key as a string literal, {@code
 * ProblemText.of("problem.not-a-pdf")}: {@code TextsBundleKeysTest} finds the keys there, as it
 * does at {@code texts.text("...")}.
 */
public final class ProblemText implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final List<Object> arguments;

  private ProblemText(String key, List<Object> arguments) {
    this.key = Objects.requireNonNull(key, "key");
    // A copy that allows null, as string concatenation did ("null" in the text).
    this.arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
  }

  /**
   * @param key a key of {@code org/paraph/shared/i18n/texts.properties}, as a string literal
   * @param arguments what the text's {@code {0}}, {@code {1}}... stand for; a {@code ProblemText}
   *     among them is written in the same language
   */
  public static ProblemText of(String key, Object... arguments) {
    return new ProblemText(key, Arrays.asList(arguments));
  }

  public String key() {
    return key;
  }

  public List<Object> arguments() {
    return arguments;
  }

  /** The text in {@code locale}; the key was checked where this was made. */
  public String in(Locale locale) {
    Object[] values =
        arguments.stream().map(a -> a instanceof ProblemText part ? part.in(locale) : a).toArray();
    return PortalTexts.of(locale).text(key, values);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProblemText that
        && key.equals(that.key)
        && arguments.equals(that.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, arguments);
  }

  @Override
  public String toString() {
    return key + arguments;
  }
}
