package org.paraph.shared.i18n;

import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The core's texts (mails and text messages, the audit trail and verification report PDFs, the seal
 * annotation's words) in one explicit locale and time zone: {@code PortalTexts texts =
 * PortalTexts.of(locale); texts.text("mail.reminder.subject", sender)}. The English texts are in
 * {@code org/paraph/shared/i18n/texts.properties}, another language in {@code texts_xx.properties}
 * beside it, the pseudo-locale is {@link texts_en_XA}.
 *
 * <p>The key is always a string literal and the instance is named {@code texts}: {@code
 * TextsBundleKeysTest} finds the keys in use by reading the sources. A text with arguments is a
 * {@link MessageFormat} pattern ({@code {0}}, {@code {0,number,integer}}, {@code {0,date,yyyy-MM-dd
 * HH:mm z}}; an apostrophe is written {@code ''}); a text without arguments is returned as written.
 * The web module's {@code Texts} formats its own bundle with {@link #fill} and {@link #bundle}.
 */
public final class PortalTexts {

  /** The base name of the core's bundle, {@code org/paraph/shared/i18n/texts.properties}. */
  public static final String BUNDLE = "org.paraph.shared.i18n.texts";

  /** The portal's language when it knows no other for a reader. */
  public static final Locale DEFAULT = Locale.ENGLISH;

  /** The zone mails and reports give times in: UTC, as the pages do, until people choose one. */
  public static final ZoneId ZONE = ZoneOffset.UTC;

  private static final Map<String, Boolean> LANGUAGES = new ConcurrentHashMap<>();

  private final Locale locale;
  private final ZoneId zone;
  private final ResourceBundle bundle;

  private PortalTexts(Locale locale, ZoneId zone) {
    this.locale = Objects.requireNonNull(locale, "locale");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.bundle = bundle(BUNDLE, locale, PortalTexts.class.getClassLoader());
  }

  /** The texts in {@code locale}, times in the portal's zone. */
  public static PortalTexts of(Locale locale) {
    return new PortalTexts(locale, ZONE);
  }

  /** The texts in {@code locale}, times in {@code zone}. */
  public static PortalTexts of(Locale locale, ZoneId zone) {
    return new PortalTexts(locale, zone);
  }

  /** The texts in English, as the portal wrote them before it had bundles. */
  public static PortalTexts english() {
    return of(DEFAULT);
  }

  /**
   * The locale to write to someone in: the one they chose, when the portal has texts in its
   * language (or it is the pseudo-locale), else {@link #DEFAULT}. A region is kept for the formats
   * of dates and numbers ({@code en-GB}).
   */
  public static Locale forReader(Optional<Locale> chosen) {
    return chosen.filter(PortalTexts::available).orElse(DEFAULT);
  }

  private static boolean available(Locale locale) {
    String language = locale.getLanguage();
    if (PseudoLocale.is(locale) || language.equals(DEFAULT.getLanguage())) {
      return true;
    }
    return !language.isEmpty()
        && LANGUAGES.computeIfAbsent(
            language,
            l ->
                PortalTexts.class
                        .getClassLoader()
                        .getResource(BUNDLE.replace('.', '/') + "_" + l + ".properties")
                    != null);
  }

  public Locale locale() {
    return locale;
  }

  /** The text of {@code key}, its arguments put in ({@link Instant}s as dates in the zone). */
  public String text(String key, Object... arguments) {
    return fill(bundle.getString(key), locale, zone, arguments);
  }

  /**
   * The text of a code in a family of keys, {@code family + code} ({@code "audit.details."} and
   * {@code seal.applied}), its arguments put in; without such a key (a code recorded by a later
   * version), the code followed by its arguments, so that nothing recorded is hidden. The family is
   * a string literal, as a key is: {@code TextsBundleKeysTest} checks each family against its
   * codes.
   */
  public String label(String family, String code, Object... arguments) {
    if (!bundle.containsKey(family + code)) {
      return (code
              + " "
              + String.join(", ", Arrays.stream(arguments).map(String::valueOf).toList()))
          .strip();
    }
    return fill(bundle.getString(family + code), locale, zone, arguments);
  }

  /**
   * A {@link MessageFormat} pattern filled in for {@code locale}, with dates and times in {@code
   * zone} and {@link Instant}s taken as dates; without arguments, the pattern as written.
   */
  public static String fill(String pattern, Locale locale, ZoneId zone, Object... arguments) {
    if (arguments.length == 0) {
      return pattern;
    }
    MessageFormat format = new MessageFormat(pattern, locale);
    for (Format part : format.getFormats()) {
      if (part instanceof DateFormat date) {
        date.setTimeZone(TimeZone.getTimeZone(zone));
      }
    }
    Format[] byArgument = format.getFormatsByArgumentIndex();
    Object[] values = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      Format part = i < byArgument.length ? byArgument[i] : null;
      values[i] = value(arguments[i], part);
    }
    return format.format(values);
  }

  /**
   * An argument as its format takes it: an {@link Instant} as a date; a number written as text (the
   * parameters of coded audit details are stored as text) as a number where the pattern chooses by
   * it ({@code {1,choice,0#|1# (TEST)}}), so that one pattern says a yes or no in words.
   */
  private static Object value(Object argument, Format format) {
    if (argument instanceof Instant instant) {
      return Date.from(instant);
    }
    if (format instanceof ChoiceFormat && argument instanceof String text) {
      try {
        return Double.parseDouble(text);
      } catch (NumberFormatException notANumber) {
        return argument;
      }
    }
    return argument;
  }

  /**
   * The bundle {@code baseName} of {@code locale}, never that of the server's default locale: Java
   * would fall back to it for a locale without a bundle of its own.
   */
  public static ResourceBundle bundle(String baseName, Locale locale, ClassLoader loader) {
    return ResourceBundle.getBundle(
        baseName,
        locale,
        loader,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
  }
}
