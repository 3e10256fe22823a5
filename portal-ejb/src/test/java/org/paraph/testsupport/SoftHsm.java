package org.paraph.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.paraph.seals.domain.SealingKey;

/**
 * A real SoftHSM2 token, initialised afresh for a test.
 *
 * <p>SoftHSM2 finds its token directory through the {@code SOFTHSM2_CONF} environment variable,
 * read when the library is loaded. A JVM cannot set its own environment, so surefire sets the
 * variable for the test JVM (see portal-ejb's pom) to a path under {@code target/}; this class
 * writes that file, then runs {@code softhsm2-util} as a process with the same variable to create
 * the token. Both must happen before SunPKCS11 first loads the library in this JVM: SoftHSM2 reads
 * its token directory only then, and a token created later is not in its slot list. So every token
 * any test of the JVM uses ({@link #TOKEN_LABELS}, all with the PIN {@link #USER_PIN}) is created
 * at the first call, and later calls find theirs among them. Missing SoftHSM2 fails the test rather
 * than skipping it, so that the PKCS#11 code is never silently left untested.
 */
public final class SoftHsm {

  private static final List<String> LIBRARIES =
      List.of(
          "/usr/lib/softhsm/libsofthsm2.so",
          "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
          "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
          "/usr/local/lib/softhsm/libsofthsm2.so");
  private static final Pattern REASSIGNED_SLOT = Pattern.compile("reassigned to slot (\\d+)");

  /** The user PIN of every token. */
  public static final String USER_PIN = "481516";

  /** Every token the tests of one JVM may ask for: one alone, and two that form a pool. */
  public static final List<String> TOKEN_LABELS =
      List.of("paraph-test", "paraph-pool-a", "paraph-pool-b");

  /** Slot of each token, by label, once created in this JVM. */
  private static Map<String, Long> slots;

  private final String libraryPath;
  private final long slot;

  private SoftHsm(String libraryPath, long slot) {
    this.libraryPath = libraryPath;
    this.slot = slot;
  }

  /**
   * The token with this label, the tokens of this JVM created (in a new, empty token directory) at
   * the first call.
   *
   * @param tokenLabel one of {@link #TOKEN_LABELS}
   * @param userPin {@link #USER_PIN}: the tokens are created before anyone asks for them
   */
  public static synchronized SoftHsm initialise(String tokenLabel, String userPin) {
    if (!TOKEN_LABELS.contains(tokenLabel) || !USER_PIN.equals(userPin)) {
      throw new IllegalArgumentException(
          "SoftHSM2 tokens must all exist before the library loads: ask for one of "
              + TOKEN_LABELS
              + " with SoftHsm.USER_PIN, or add yours to them");
    }
    if (slots == null) {
      slots = createTokens();
    }
    return new SoftHsm(library(), slots.get(tokenLabel));
  }

  private static Map<String, Long> createTokens() {
    String configuration = System.getenv("SOFTHSM2_CONF");
    if (configuration == null) {
      throw new IllegalStateException(
          "SOFTHSM2_CONF is not set: run this test through Maven, whose surefire or failsafe"
              + " configuration sets it (a JVM cannot set its own environment).");
    }
    String library = library();
    Path util = onPath("softhsm2-util").orElseThrow(() -> missing("softhsm2-util"));
    try {
      Path tokens = Path.of(configuration).toAbsolutePath().getParent().resolve("tokens");
      deleteRecursively(tokens);
      Files.createDirectories(tokens);
      Files.writeString(
          Path.of(configuration),
          "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
      Map<String, Long> created = new LinkedHashMap<>();
      for (String label : TOKEN_LABELS) {
        String output =
            run(
                configuration,
                util.toString(),
                "--init-token",
                "--free",
                "--label",
                label,
                "--so-pin",
                USER_PIN + "-so",
                "--pin",
                USER_PIN);
        Matcher slot = REASSIGNED_SLOT.matcher(output);
        if (!slot.find()) {
          throw new IllegalStateException("softhsm2-util named no slot:\n" + output);
        }
        created.put(label, Long.parseLong(slot.group(1)));
      }
      return created;
    } catch (IOException e) {
      throw new IllegalStateException("Could not initialise SoftHSM2 tokens: " + e, e);
    }
  }

  private static String library() {
    return LIBRARIES.stream()
        .filter(path -> Files.isRegularFile(Path.of(path)))
        .findFirst()
        .orElseThrow(() -> missing("libsofthsm2.so (looked in " + LIBRARIES + ")"));
  }

  public String libraryPath() {
    return libraryPath;
  }

  public long slot() {
    return slot;
  }

  /**
   * Imports a key and its chain under a label, the key made sensitive and not extractable as an
   * HSM's own keys are, so that signing with it can only happen in the token.
   */
  public void importKey(String label, SealingKey key, String userPin) {
    Provider provider =
        Security.getProvider("SunPKCS11")
            .configure(
                "--name=softhsm-import-"
                    + label
                    + "\nlibrary = "
                    + libraryPath
                    + "\nslot = "
                    + slot
                    + "\nattributes(import, CKO_PRIVATE_KEY, *) = {\n"
                    + "  CKA_SENSITIVE = true\n  CKA_EXTRACTABLE = false\n}\n");
    try {
      KeyStore store = KeyStore.getInstance("PKCS11", provider);
      store.load(null, userPin.toCharArray());
      store.setKeyEntry(label, key.privateKey(), null, key.chain().toArray(new Certificate[0]));
      ((AuthProvider) provider).logout();
    } catch (Exception e) {
      throw new IllegalStateException("Could not import '" + label + "' into SoftHSM2: " + e, e);
    }
  }

  private static IllegalStateException missing(String what) {
    return new IllegalStateException(
        what
            + " not found: install SoftHSM2 to run the PKCS#11 tests (Debian/Ubuntu: apt-get"
            + " install softhsm2).");
  }

  private static Optional<Path> onPath(String command) {
    String path =
        Optional.ofNullable(System.getenv("PATH")).orElse("") + ":/usr/bin:/usr/local/bin";
    return Stream.of(path.split(":"))
        .filter(directory -> !directory.isBlank())
        .map(directory -> Path.of(directory, command))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static String run(String configuration, String... command) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("SOFTHSM2_CONF", configuration);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (process.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running softhsm2-util", e);
    }
    return output;
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
