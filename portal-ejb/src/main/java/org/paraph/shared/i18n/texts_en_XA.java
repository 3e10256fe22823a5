package org.paraph.shared.i18n;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The core's bundle in the pseudo-locale: each English text through {@link PseudoLocale#of}, made
 * when asked for (Java finds a bundle class before a properties file). The name is the bundle's,
 * not a Java one.
 */
public final class texts_en_XA extends ResourceBundle {

  private final ResourceBundle english =
      ResourceBundle.getBundle(
          PortalTexts.BUNDLE,
          Locale.ROOT,
          texts_en_XA.class.getClassLoader(),
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
