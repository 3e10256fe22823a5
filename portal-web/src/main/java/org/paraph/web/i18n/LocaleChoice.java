package org.paraph.web.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.paraph.shared.i18n.PseudoLocale;

/**
 * Which locale a request is answered in: the person's own setting, then the first language of the
 * browser's {@code Accept-Language} that the portal has texts for, then English. A language is
 * available when its bundle is ({@code messages_xx.properties}), so adding a language is adding
 * that file; the region asked for is kept ({@code en-GB}), for the formats of dates and numbers.
 * The pseudo-locale is available to whoever asks for it, and to no one else.
 */
public final class LocaleChoice {

  public static final Locale DEFAULT = Locale.ENGLISH;

  private static final LocaleChoice OF_BUNDLES = new LocaleChoice(new BundleLanguages());

  private final Predicate<Locale> available;

  /**
   * @param available whether the portal has texts in a locale's language
   */
  LocaleChoice(Predicate<Locale> available) {
    this.available = available;
  }

  /** The choice among the languages whose bundle the portal carries. */
  public static LocaleChoice ofBundles() {
    return OF_BUNDLES;
  }

  /**
   * @param personal the language the person chose, if they are known and chose one
   * @param acceptLanguage the request's {@code Accept-Language} header, or null
   */
  public Locale choose(Optional<Locale> personal, String acceptLanguage) {
    if (personal.isPresent() && usable(personal.get())) {
      return personal.get();
    }
    for (Locale asked : accepted(acceptLanguage)) {
      if (usable(asked)) {
        return asked;
      }
    }
    return DEFAULT;
  }

  /**
   * The languages a person may choose in their profile: English, each language the portal has a
   * bundle for, and the pseudo-locale for testers.
   */
  public List<Locale> offered() {
    List<Locale> offered = new ArrayList<>();
    offered.add(DEFAULT);
    for (String language : Locale.getISOLanguages()) {
      Locale locale = Locale.forLanguageTag(language);
      if (!locale.getLanguage().equals(DEFAULT.getLanguage()) && available.test(locale)) {
        offered.add(locale);
      }
    }
    offered.add(PseudoLocale.LOCALE);
    return offered;
  }

  /** Whether a person may choose {@code locale} as theirs. */
  public boolean offers(Locale locale) {
    return offered().stream().anyMatch(l -> l.toLanguageTag().equals(locale.toLanguageTag()));
  }

  private boolean usable(Locale locale) {
    return PseudoLocale.is(locale) || (!locale.getLanguage().isEmpty() && available.test(locale));
  }

  /** The header's languages, most wanted first; none when it is missing or malformed. */
  static List<Locale> accepted(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return List.of();
    }
    try {
      return Locale.LanguageRange.parse(acceptLanguage).stream()
          .filter(range -> range.getWeight() > 0 && !range.getRange().contains("*"))
          .map(range -> Locale.forLanguageTag(range.getRange()))
          .map(locale -> new Locale(locale.getLanguage(), locale.getCountry()))
          .toList();
    } catch (IllegalArgumentException malformed) {
      return List.of();
    }
  }

  /** Whether {@code messages_<language>.properties} is on the class path; looked up once each. */
  private static final class BundleLanguages implements Predicate<Locale> {

    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    @Override
    public boolean test(Locale locale) {
      return known.computeIfAbsent(
          locale.getLanguage(),
          language ->
              LocaleChoice.class
                      .getClassLoader()
                      .getResource(Texts.BUNDLE.replace('.', '/') + "_" + language + ".properties")
                  != null);
    }
  }
}
