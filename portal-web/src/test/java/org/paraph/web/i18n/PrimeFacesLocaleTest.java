package org.paraph.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paraph.shared.i18n.PseudoLocale;

/**
 * PrimeFaces' texts come from the bundle: in English word for word PrimeFaces' own (its {@code
 * en_US}, read from its {@code core.js}), none missing, none it does not know; in the pseudo-locale
 * each one wrapped; and written as a script no translation can break out of.
 */
class PrimeFacesLocaleTest {

  /** PrimeFaces' settings that are no text: they stay PrimeFaces' own. */
  private static final Set<String> NOT_TEXTS = Set.of("dateFormat", "fileSizeTypes", "yearSuffix");

  /** {@code name:"text"}, or a list written {@code name:"a b c".split(" ")}. */
  private static final Pattern ENTRY =
      Pattern.compile("(\\w+|\"[^\"]+\"):\"((?:[^\"\\\\]|\\\\.)*)\"(\\.split\\(\" \"\\))?");

  private static final Map<String, Object> primeFacesEnglish = new TreeMap<>();

  @BeforeAll
  static void readPrimeFacesOwnEnglish() throws IOException {
    String core;
    try (InputStream in =
        PrimeFacesLocaleTest.class
            .getClassLoader()
            .getResourceAsStream("META-INF/resources/primefaces/core.js")) {
      core = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int start = core.indexOf("en_US:{");
    assertTrue(start >= 0, "PrimeFaces' core.js defines en_US");
    String english = core.substring(start + "en_US:{".length(), closing(core, start + 6));
    int aria = english.indexOf("aria:{");
    assertTrue(aria > 0, "en_US has ARIA labels");
    Map<String, String> ariaLabels = new TreeMap<>();
    Matcher entry = ENTRY.matcher(english);
    while (entry.find()) {
      String name = entry.group(1).replace("\"", "");
      if (entry.start() > aria) {
        ariaLabels.put(name, entry.group(2));
      } else if (!NOT_TEXTS.contains(name)) {
        primeFacesEnglish.put(
            name,
            entry.group(3) == null ? entry.group(2) : Arrays.asList(entry.group(2).split(" ")));
      }
    }
    primeFacesEnglish.put("aria", ariaLabels);
  }

  @Test
  void inEnglishEveryTextIsPrimeFacesOwnNoneMissingNoneExtra() {
    Map<String, Object> served = PrimeFacesLocale.settings(Texts.bundle(Locale.ENGLISH));

    assertTrue(primeFacesEnglish.size() > 80, "read " + primeFacesEnglish.keySet());
    assertEquals(primeFacesEnglish, served);
  }

  @Test
  void inThePseudoLocaleEveryTextIsWrapped() {
    Map<String, Object> served = PrimeFacesLocale.settings(Texts.bundle(PseudoLocale.LOCALE));
    List<String> texts = new ArrayList<>();
    collect(served, texts);

    assertEquals(List.of(), texts.stream().filter(t -> !t.matches("(?s)\\[.*]")).toList());
    assertEquals("[Çĥööšé Ďàţé]", served.get("chooseDate"));
    assertEquals("[Ŝûñďàý]", ((List<?>) served.get("dayNames")).get(0));
    assertEquals("[Çľöšé]", ((Map<?, ?>) served.get("aria")).get("close"));
  }

  @Test
  void theScriptNamesTheLocaleAsTheViewDoesOverPrimeFacesEnglish() {
    String script = PrimeFacesLocale.script(PseudoLocale.LOCALE);

    assertTrue(
        script.contains(
            "PrimeFaces.locales[\"en_XA\"] = $.extend(true, {}, PrimeFaces.locales.en_US, {"),
        script);
    assertTrue(script.contains("\"nextMonth\":\"[Ñéẋţ Ṁöñţĥ]\""), script);
    assertTrue(script.contains("\"spinner.INCREASE\":\"[Îñçŕéàšé Ṽàľûé]\""), script);
  }

  @Test
  void noTranslationCanEndTheScript() {
    assertEquals(
        "\"\\u003c/script\\u003e \\\"quoted\\\" \\\\ \\u0026 \\n\\u2028\"",
        PrimeFacesLocale.json("</script> \"quoted\" \\ & \n\u2028"));
    assertEquals(
        "{\"a\":[\"x\",\"y\"],\"b\":{\"c\":\"d\"}}",
        PrimeFacesLocale.json(
            new TreeMap<>(Map.of("a", List.of("x", "y"), "b", Map.of("c", "d")))));
  }

  @Test
  void theServletTakesThePagesLocaleAndEnglishForAnyOtherAsking() {
    assertEquals(Locale.forLanguageTag("en-XA"), PrimeFacesLocaleServlet.locale("en-XA"));
    assertEquals(Locale.forLanguageTag("de-CH"), PrimeFacesLocaleServlet.locale("de-CH-1996"));
    assertEquals(Locale.ENGLISH, PrimeFacesLocaleServlet.locale(null));
    assertEquals(Locale.ENGLISH, PrimeFacesLocaleServlet.locale("\"];alert(1)//"));
  }

  private static void collect(Object value, List<String> into) {
    if (value instanceof Map<?, ?> map) {
      map.values().forEach(v -> collect(v, into));
    } else if (value instanceof List<?> list) {
      list.forEach(v -> collect(v, into));
    } else {
      into.add((String) value);
    }
  }

  /** Where the brace opened at {@code open} closes. */
  private static int closing(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      if (text.charAt(i) == '{') {
        depth++;
      } else if (text.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    throw new AssertionError("en_US does not close");
  }
}
