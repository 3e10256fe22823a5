package org.paraph.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
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
import org.paraph.audit.domain.AuditAction;
import org.paraph.messaging.domain.OutboxMessage;
import org.paraph.seals.domain.SealJobState;
import org.paraph.workflows.domain.ParticipantState;
import org.paraph.workflows.domain.WorkflowState;

/**
 * The keys the pages and the Java code use are those the bundle defines: none missing (a page would
 * show "???key???", Java would throw), none left over. Keys are found in the sources as written:
 * {@code #{msg['a.key']}} (or {@code #{msg.key}}) in the pages, {@code texts.text("a.key", ...)} in
 * Java (a {@link Texts} is always named {@code texts}; comments are not read); a key computed at
 * run time cannot be found, so it is refused. A family of keys, one per code ({@code
 * texts.label("audit.action.", code)}), is checked against the codes it names instead: a key for
 * every code, a code for every key.
 */
class BundleKeysTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Path JAVA = Path.of("src/main/java");
  private static final Path BUNDLES = Path.of("src/main/resources/org/paraph/web/i18n");

  /**
   * Faces and PrimeFaces look these up by their own names (faces-config's message-bundle); the
   * texts PrimeFaces writes in the browser, {@code primefaces.locale.*}, are checked against
   * PrimeFaces' own list by {@code PrimeFacesLocaleTest}.
   */
  private static final List<String> USED_BY_FRAMEWORKS = List.of("jakarta.faces.", "primefaces.");

  private static final Pattern PAGE_KEY =
      Pattern.compile("\\bmsg\\s*\\[\\s*'([^']+)'\\s*]|\\bmsg\\s*\\[\\s*\"([^\"]+)\"\\s*]");
  private static final Pattern PAGE_PROPERTY_KEY = Pattern.compile("\\bmsg\\.([A-Za-z_]\\w*)");
  private static final Pattern PAGE_COMPUTED_KEY = Pattern.compile("\\bmsg\\s*\\[\\s*[^'\"\\s]");
  private static final Pattern JAVA_KEY = Pattern.compile("\\btexts\\.text\\(\\s*\"([^\"]+)\"");

  /** Texts calls itself without the name. */
  private static final Pattern TEXTS_OWN_KEY =
      Pattern.compile("(?<![.\\w])text\\(\\s*\"([^\"]+)\"");

  private static final Pattern COMMENT = Pattern.compile("(?s:/\\*.*?\\*/)|(?m:^\\s*//[^\\n]*)");
  private static final Pattern JAVA_COMPUTED_KEY =
      Pattern.compile("\\btexts\\.text\\(\\s*[^\"\\s]");

  private static final Pattern JAVA_FAMILY = Pattern.compile("\\btexts\\.label\\(\\s*\"([^\"]+)\"");
  private static final Pattern JAVA_COMPUTED_FAMILY =
      Pattern.compile("\\btexts\\.label\\(\\s*[^\"\\s]");

  /** Each family of keys {@link Texts#label} reads, with the codes it has a key for. */
  private static final Map<String, Set<String>> FAMILIES =
      Map.of(
          "audit.action.", constants(AuditAction.class),
          "workflow.state.", names(WorkflowState.class),
          "participant.state.", names(ParticipantState.class),
          "batch.state.", names(SealJobState.class),
          "messages.state.", names(OutboxMessage.State.class));

  private static Properties english;
  private static final Set<String> used = new TreeSet<>();
  private static final List<String> computed = new ArrayList<>();
  private static final Set<String> familiesUsed = new TreeSet<>();

  @BeforeAll
  static void readTheBundleAndTheSources() throws IOException {
    english = load(BUNDLES.resolve("messages.properties"));
    for (Path page : files(WEBAPP, ".xhtml")) {
      String text = Files.readString(page);
      collect(PAGE_KEY, text, used);
      collect(PAGE_PROPERTY_KEY, text, used);
      find(PAGE_COMPUTED_KEY, page, text);
    }
    for (Path source : files(JAVA, ".java")) {
      String text = COMMENT.matcher(Files.readString(source)).replaceAll("");
      collect(source.endsWith("Texts.java") ? TEXTS_OWN_KEY : JAVA_KEY, text, used);
      find(JAVA_COMPUTED_KEY, source, text);
      collect(JAVA_FAMILY, text, familiesUsed);
      find(JAVA_COMPUTED_FAMILY, source, text);
    }
  }

  @Test
  void everyKeyUsedIsDefined() {
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(english.stringPropertyNames());
    assertEquals(Set.of(), missing, "used in the sources but missing from messages.properties");
  }

  @Test
  void everyKeyDefinedIsUsed() {
    Set<String> unused = new TreeSet<>(english.stringPropertyNames());
    unused.removeAll(used);
    unused.removeIf(key -> USED_BY_FRAMEWORKS.stream().anyMatch(key::startsWith));
    unused.removeIf(key -> FAMILIES.keySet().stream().anyMatch(key::startsWith));
    assertEquals(Set.of(), unused, "defined in messages.properties but used nowhere");
  }

  @Test
  void everyKeyIsWrittenOutWhereItIsUsed() {
    assertEquals(List.of(), computed, "a key that is not a string literal cannot be checked");
  }

  @Test
  void everyFamilyHasAKeyPerCodeAndACodePerKey() {
    FAMILIES.forEach(
        (family, codes) -> {
          Set<String> keys = new TreeSet<>(english.stringPropertyNames());
          keys.removeIf(key -> !key.startsWith(family));
          Set<String> expected = new TreeSet<>();
          codes.forEach(code -> expected.add(family + code));
          assertEquals(expected, keys, "the keys of " + family + " and its codes");
        });
  }

  @Test
  void theFamiliesUsedAreThoseChecked() {
    assertEquals(FAMILIES.keySet(), familiesUsed, "texts.label families in the sources");
  }

  @Test
  void theFindersSeeTheKeysOfTheLoginPage() {
    assertTrue(
        used.containsAll(Set.of("login.submit", "login.refused.throttled", "duration.minutes")));
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
   * A text with arguments is a MessageFormat pattern, where a single apostrophe starts a quote and
   * swallows what follows ("the seal's {0}" shows "the seals {0}"): it must be written twice.
   */
  @Test
  void patternsWriteTheirApostrophesTwice() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Path bundle : files(BUNDLES, ".properties")) {
      Properties texts = load(bundle);
      for (String key : texts.stringPropertyNames()) {
        String text = texts.getProperty(key);
        if (text.matches("(?s).*\\{\\d.*") && text.replace("''", "").contains("'")) {
          wrong.add(bundle.getFileName() + ": " + key);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  /** The values of a class's public {@code static final String} constants. */
  private static Set<String> names(Class<? extends Enum<?>> type) {
    Set<String> values = new TreeSet<>();
    for (Enum<?> constant : type.getEnumConstants()) {
      values.add(constant.name());
    }
    return values;
  }

  private static Set<String> constants(Class<?> type) {
    Set<String> values = new TreeSet<>();
    for (Field field : type.getFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers)
          && Modifier.isFinal(modifiers)
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

  private static void collect(Pattern pattern, String text, Set<String> into) {
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      into.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }
  }

  private static void find(Pattern pattern, Path file, String text) {
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      computed.add(file + ": " + matcher.group());
    }
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
