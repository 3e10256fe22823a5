package org.paraph.web.i18n;

import java.util.Locale;

/** {@link Texts} in one locale, for the tests of the beans that use it, outside a request. */
public final class FixedLocaleTexts {

  private FixedLocaleTexts() {}

  public static Texts in(Locale locale) {
    Texts texts = new Texts();
    texts.request =
        new RequestLocale() {
          @Override
          public Locale ofTexts() {
            return locale;
          }
        };
    return texts;
  }
}
