package org.paraph.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.i18n.PortalTexts;

/**
 * The texts of the bundle for Java code (backing beans, growl messages, later the API's problem
 * details), in the request's locale and time zone.
 *
 * <p>Call {@code texts.text("some.key", arguments...)} with the key as a string literal, never a
 * variable: {@code BundleKeysTest} finds the keys in use by reading the sources, and fails on a key
 * used but missing or defined but unused. A text with arguments is a {@link MessageFormat} pattern
 * ({@code {0}}, {@code {0,number,integer}}, {@code {0,date,long}}; an apostrophe is written {@code
 * ''}); a text without arguments is returned as written, as the pages show it. The formatting is
 * the core's ({@link PortalTexts}), which writes mails and reports from its own bundle.
 */
@ApplicationScoped
public class Texts {

  /** The base name of the bundle, {@code org/paraph/web/i18n/messages.properties}. */
  public static final String BUNDLE = "org.paraph.web.i18n.messages";

  @Inject RequestLocale request;

  /** The text of {@code key}, its arguments put in ({@link Instant}s as dates in the zone). */
  public String text(String key, Object... arguments) {
    return format(locale(), request.zone(), key, arguments);
  }

  /**
   * What a refused action tells the reader, in their language: the words the problem carries from
   * the core's bundle.
   */
  public String problem(PortalException problem) {
    return problem.detailIn(locale());
  }

  /**
   * The text of a code in a family of keys with its parameters put in ({@code "audit.details."},
   * {@code clock.advanced}, its by, from and to), or, without such a key, the code followed by its
   * parameters, so that nothing recorded is hidden.
   */
  public String label(String family, String code, List<String> parameters) {
    ResourceBundle bundle = bundle(locale());
    if (!bundle.containsKey(family + code)) {
      return code + " " + String.join(", ", parameters);
    }
    return fill(bundle.getString(family + code), locale(), request.zone(), parameters.toArray());
  }

  /**
   * The label of a code in a family of keys, {@code family + code} ({@code "audit.action."} and
   * {@code LOGIN}), or the code itself when the bundle has no such key: an event recorded by an
   * older version, with a code this one no longer knows, still shows. The family is a string
   * literal, as a key is: {@code BundleKeysTest} checks each family against its codes.
   */
  public String label(String family, String code) {
    if (code == null) {
      return "";
    }
    ResourceBundle bundle = bundle(locale());
    return bundle.containsKey(family + code) ? bundle.getString(family + code) : code;
  }

  /** A wait as a person reads it: "45 seconds", "1 minute", "15 minutes" (rounded up). */
  public String duration(Duration wait) {
    long seconds = Math.max(1, wait.toSeconds());
    if (seconds < 60) {
      return seconds == 1 ? text("duration.second") : text("duration.seconds", seconds);
    }
    long minutes = (seconds + 59) / 60;
    return minutes == 1 ? text("duration.minute") : text("duration.minutes", minutes);
  }

  public Locale locale() {
    return request.ofTexts();
  }

  static String format(Locale locale, ZoneId zone, String key, Object... arguments) {
    return fill(bundle(locale).getString(key), locale, zone, arguments);
  }

  /** As {@link PortalTexts#fill}, which the core's texts use too. */
  static String fill(String pattern, Locale locale, ZoneId zone, Object... arguments) {
    return PortalTexts.fill(pattern, locale, zone, arguments);
  }

  /**
   * The bundle of {@code locale}, never that of the server's default locale: Java would fall back
   * to it for a locale without a bundle of its own.
   */
  static ResourceBundle bundle(Locale locale) {
    return PortalTexts.bundle(BUNDLE, locale, Texts.class.getClassLoader());
  }
}
