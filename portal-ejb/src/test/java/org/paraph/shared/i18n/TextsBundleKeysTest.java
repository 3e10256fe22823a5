package org.paraph.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paraph.audit.domain.AuditDetailCodes;

/**
 * The keys the core's Java code uses are those its bundle defines: none missing (the mail or report
 * would throw), none left over. A key is found as written, {@code texts.text("a.key", ...)} (a
 * {@link PortalTexts} is always named {@code texts}; comments are not read), or as a problem's
 * words, {@code ProblemText.of("a.key", ...)}; a key computed at run time cannot be found, so it is
 * refused. The same rules as the web module's {@code BundleKeysTest}, for {@code
 * org/paraph/shared/i18n/texts.properties}. The web module's problems ({@code ProblemText.of}
 * there) are in this bundle too; its {@code texts.text} keys are its own bundle's, checked by its
 * test.
 */
class TextsBundleKeysTest {

  private static final Path JAVA = Path.of("src/main/java");
  private static final Path WEB_JAVA = Path.of("../portal-web/src/main/java");
  private static final Path BUNDLES = Path.of("src/main/resources/org/paraph/shared/i18n");

  /** Where a key is written: given to the texts, or to a problem's words ({@code ProblemText}). */
  private static final String USE = "\\b(?:texts\\.text|ProblemText\\.of)\\(\\s*";

  private static final Pattern KEY = Pattern.compile(USE + "\"([^\"]+)\"");
  private static final Pattern COMPUTED_KEY = Pattern.compile(USE + "[^\"\\s]");
  private static final String WEB_USE = "\\bProblemText\\.of\\(\\s*";
  private static final Pattern WEB_KEY = Pattern.compile(WEB_USE + "\"([^\"]+)\"");
  private static final Pattern WEB_COMPUTED_KEY = Pattern.compile(WEB_USE + "[^\"\\s]");
  private static final Pattern COMMENT = Pattern.compile("(?s:/\\*.*?\\*/)|(?m:^\\s*//[^\\n]*)");

  /** A family of keys read with a code ({@code label("audit.details.", code, ...)}). */
  private static final Pattern FAMILY = Pattern.compile("\\.label\\(\\s*\"([^\"]+)\"");

  /** Each family of keys {@link PortalTexts#label} reads, with the codes it has a key for. */
  private static final Map<String, Set<String>> FAMILIES =
      Map.of("audit.details.", constants(AuditDetailCodes.class));

  private static final Set<String> familiesUsed = new TreeSet<>();

  private static Properties english;
  private static final Set<String> used = new TreeSet<>();
  private static final List<String> computed = new ArrayList<>();

  @BeforeAll
  static void readTheBundleAndTheSources() throws IOException {
    english = load(BUNDLES.resolve("texts.properties"));
    for (Path source : files(JAVA, ".java")) {
      find(source, KEY, COMPUTED_KEY);
      Matcher family = FAMILY.matcher(COMMENT.matcher(Files.readString(source)).replaceAll(""));
      while (family.find()) {
        familiesUsed.add(family.group(1));
      }
    }
    for (Path source : files(WEB_JAVA, ".java")) {
      find(source, WEB_KEY, WEB_COMPUTED_KEY);
    }
  }

  private static void find(Path source, Pattern keyPattern, Pattern computedPattern)
      throws IOException {
    String text = COMMENT.matcher(Files.readString(source)).replaceAll("");
    Matcher key = keyPattern.matcher(text);
    while (key.find()) {
      used.add(key.group(1));
    }
    Matcher variable = computedPattern.matcher(text);
    while (variable.find()) {
      computed.add(source + ": " + variable.group());
    }
  }

  @Test
  void everyKeyUsedIsDefined() {
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(english.stringPropertyNames());
    assertEquals(Set.of(), missing, "used in the sources but missing from texts.properties");
  }

  @Test
  void everyKeyDefinedIsUsed() {
    Set<String> unused = new TreeSet<>(english.stringPropertyNames());
    unused.removeAll(used);
    FAMILIES.forEach((family, codes) -> codes.forEach(code -> unused.remove(family + code)));
    assertEquals(Set.of(), unused, "defined in texts.properties but used nowhere");
  }

  /** Every code of a family has its text, and the family is read where the sources say. */
  @Test
  void everyCodeOfAFamilyHasItsText() {
    assertEquals(FAMILIES.keySet(), familiesUsed, "the families the sources read");
    Set<String> missing = new TreeSet<>();
    FAMILIES.forEach(
        (family, codes) ->
            codes.stream()
                .filter(code -> !english.containsKey(family + code))
                .forEach(code -> missing.add(family + code)));
    assertEquals(Set.of(), missing, "codes without their text in texts.properties");
  }

  /** The values of a class's {@code public static final String} constants: its codes. */
  private static Set<String> constants(Class<?> holder) {
    Set<String> values = new TreeSet<>();
    for (java.lang.reflect.Field field : holder.getFields()) {
      if (java.lang.reflect.Modifier.isStatic(field.getModifiers())
          && field.getType() == String.class) {
        try {
          values.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return values;
  }

  @Test
  void everyKeyIsWrittenOutWhereItIsUsed() {
    assertEquals(List.of(), computed, "a key that is not a string literal cannot be checked");
  }

  @Test
  void theFinderSeesTheKeysOfEachRenderer() {
    assertTrue(
        used.containsAll(
            Set.of(
                "mail.invitation.body",
                "trail.heading",
                "report.heading",
                "verdict.valid",
                "lists.loaded",
                "seal.sealed-at",
                "problem.not-a-pdf")),
        used::toString);
  }

  /** Another language translates the English keys, and only them. */
  @Test
  void everyOtherLanguageHasOnlyEnglishKeys() throws IOException {
    for (Path bundle : files(BUNDLES, ".properties")) {
      Set<String> extra = new TreeSet<>(load(bundle).stringPropertyNames());
      extra.removeAll(english.stringPropertyNames());
      assertEquals(Set.of(), extra, bundle + " has keys English does not");
    }
  }

  /**
   * A text with arguments is a MessageFormat pattern, where a single apostrophe starts a quote: it
   * must be written twice. A text without arguments is used as written, so it writes it once.
   */
  @Test
  void patternsWriteTheirApostrophesTwice() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Path bundle : files(BUNDLES, ".properties")) {
      Properties texts = load(bundle);
      for (String key : texts.stringPropertyNames()) {
        String text = texts.getProperty(key);
        boolean pattern = text.matches("(?s).*\\{\\d.*");
        if (pattern ? text.replace("''", "").contains("'") : text.contains("''")) {
          wrong.add(bundle.getFileName() + ": " + key);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static Properties load(Path bundle) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
