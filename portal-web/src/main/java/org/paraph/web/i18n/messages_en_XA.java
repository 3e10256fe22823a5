package org.paraph.web.i18n;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.paraph.shared.i18n.PseudoLocale;

/**
 * The bundle of the pseudo-locale: each English text through {@link PseudoLocale#of}. Java finds a
 * bundle class before a properties file ({@code ResourceBundle.getBundle} tries {@code
 * messages_en_XA} as a class first), so Faces' {@code msg}, its message bundle and {@link Texts}
 * all get it without a {@code ResourceBundle.Control} of their own. The name is the bundle's, not a
 * Java one.
 */
public final class messages_en_XA extends ResourceBundle {

  private final ResourceBundle english =
      ResourceBundle.getBundle(
          Texts.BUNDLE,
          Locale.ROOT,
          messages_en_XA.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  @Override
  protected Object handleGetObject(String key) {
    return english.containsKey(key) ? PseudoLocale.of(english.getString(key)) : null;
  }

  @Override
  protected Set<String> handleKeySet() {
    return english.keySet();
  }

  @Override
  public Enumeration<String> getKeys() {
    return Collections.enumeration(english.keySet());
  }
}
