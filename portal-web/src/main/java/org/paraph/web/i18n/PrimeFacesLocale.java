package org.paraph.web.i18n;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * PrimeFaces' own texts in a locale, from the portal's bundle. PrimeFaces writes some texts in the
 * browser (a dialog's close button, the date picker's day and month names, a spinner's buttons, the
 * paginator), taking them from {@code PrimeFaces.locales[locale]}, where {@code locale} is the
 * view's locale as Java writes it ({@code en}, {@code en_XA}, {@code en_GB}) and without such an
 * entry its English {@code en_US}. This writes that entry as a script, from the bundle's keys
 * {@code primefaces.locale.<PrimeFaces' name>} (a list's items numbered from {@code 0}, ARIA labels
 * under {@code aria.}), so that these texts follow the bundle as every other text does, the
 * pseudo-locale included. What is no text (the first day of the week, the date format, size units)
 * stays PrimeFaces' own, taken from {@code en_US}.
 */
public final class PrimeFacesLocale {

  static final String PREFIX = "primefaces.locale.";
  private static final String ARIA = "aria.";

  private PrimeFacesLocale() {}

  /**
   * The script that gives PrimeFaces its texts in {@code locale}; it runs after PrimeFaces' own
   * scripts, before the page's widgets start.
   */
  public static String script(Locale locale) {
    return "if (window.PrimeFaces) {\n  PrimeFaces.locales["
        + json(locale.toString())
        + "] = $.extend(true, {}, PrimeFaces.locales.en_US, "
        + json(settings(Texts.bundle(locale)))
        + ");\n}\n";
  }

  /**
   * The texts of the bundle as PrimeFaces reads them: {@code primefaces.locale.chooseDate} as
   * {@code chooseDate}, {@code primefaces.locale.dayNames.0} as the first of {@code dayNames},
   * {@code primefaces.locale.aria.close} as {@code close} of {@code aria}.
   */
  static Map<String, Object> settings(ResourceBundle bundle) {
    Map<String, Object> settings = new TreeMap<>();
    Map<String, String> aria = new TreeMap<>();
    Map<String, Map<Integer, String>> lists = new TreeMap<>();
    for (String key : Collections.list(bundle.getKeys())) {
      if (!key.startsWith(PREFIX)) {
        continue;
      }
      String name = key.substring(PREFIX.length());
      String text = bundle.getString(key);
      int dot = name.lastIndexOf('.');
      if (name.startsWith(ARIA)) {
        aria.put(name.substring(ARIA.length()), text);
      } else if (dot > 0 && name.substring(dot + 1).matches("\\d+")) {
        lists
            .computeIfAbsent(name.substring(0, dot), list -> new TreeMap<>())
            .put(Integer.valueOf(name.substring(dot + 1)), text);
      } else {
        settings.put(name, text);
      }
    }
    lists.forEach((name, items) -> settings.put(name, new ArrayList<>(items.values())));
    if (!aria.isEmpty()) {
      settings.put("aria", aria);
    }
    return settings;
  }

  /**
   * A string, list or map as JSON, safe inside a script: {@code <}, {@code >} and {@code &} are
   * escaped too, so that no translation can end the script or start markup.
   */
  static String json(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value instanceof Map<?, ?> map) {
      out.append('{');
      String separator = "";
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(separator);
        write(String.valueOf(entry.getKey()), out);
        out.append(':');
        write(entry.getValue(), out);
        separator = ",";
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ",");
        write(list.get(i), out);
      }
      out.append(']');
    } else {
      quote(String.valueOf(value), out);
    }
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
