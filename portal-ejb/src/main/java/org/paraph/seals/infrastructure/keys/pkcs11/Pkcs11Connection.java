package org.paraph.seals.infrastructure.keys.pkcs11;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import org.paraph.seals.domain.HsmUnavailableException;
import org.paraph.seals.domain.InvalidCredentialException;
import org.paraph.seals.domain.Pkcs11Settings;
import org.paraph.seals.domain.SealingKey;
import org.paraph.seals.infrastructure.Failures;
import org.paraph.shared.domain.ProblemText;

/**
 * One login to a PKCS#11 token: a SunPKCS11 provider bound to the token's slot, logged in with the
 * PIN, and the sealing key found there. The provider keeps its sessions open and pools them, so
 * signing through it needs no further login.
 */
final class Pkcs11Connection {

  /** Provider names must be unique in the JVM, and a reconnection adds a second provider. */
  private static final AtomicLong PROVIDER_NUMBERS = new AtomicLong();

  private final Provider provider;
  private final SealingKey key;

  private Pkcs11Connection(Provider provider, SealingKey key) {
    this.provider = provider;
    this.key = key;
  }

  /**
   * Logs in to the token and finds the key.
   *
   * @throws InvalidCredentialException when the PIN is refused or no key has the label
   * @throws HsmUnavailableException when the library is missing or the token cannot be opened
   */
  static Pkcs11Connection open(Pkcs11Settings settings) {
    if (!Files.isRegularFile(Path.of(settings.libraryPath()))) {
      throw new HsmUnavailableException(
          ProblemText.of("problem.hsm-unavailable.no-library", settings.libraryPath()), null);
    }
    Provider provider = configure(settings);
    try {
      KeyStore store = KeyStore.getInstance("PKCS11", provider);
      store.load(null, settings.pin().toCharArray());
      SealingKey key = keyOf(store, settings);
      // PadesSealer asks the JCA for a Signature without naming a provider; the JCA then picks
      // the first registered provider that accepts the key, so the token's must be registered.
      // A key that never leaves the token (CKA_SENSITIVE, as HSM keys are) is refused by the
      // software providers registered before it, so the signature is made in the token.
      Security.addProvider(provider);
      return new Pkcs11Connection(provider, key);
    } catch (IOException | GeneralSecurityException | ProviderException e) {
      // No logout: the login, if any, is shared with other connections to this token.
      if (Pkcs11Failures.hasCause(e, FailedLoginException.class)) {
        throw new InvalidCredentialException(
            ProblemText.of(
                "problem.invalid-credential.pin-refused", settings.slot(), Failures.describe(e)),
            e);
      }
      throw new HsmUnavailableException(
          ProblemText.of(
              "problem.hsm-unavailable.not-opened",
              settings.slot(),
              settings.libraryPath(),
              Failures.describe(e)),
          e);
    }
  }

  SealingKey key() {
    return key;
  }

  Provider provider() {
    return provider;
  }

  /**
   * Stops using this login without logging out. A PKCS#11 login belongs to the token, not to a
   * session: logging out here would also log out every other connection of this JVM to the same
   * token (another seal on the same HSM slot), and the failed token is likely gone anyway.
   */
  void abandon() {
    Security.removeProvider(provider.getName());
  }

  /** Unregisters the provider and logs out of the token, for good. */
  void close() {
    abandon();
    logout(provider);
  }

  private static Provider configure(Pkcs11Settings settings) {
    String configuration =
        "--name=paraph-"
            + PROVIDER_NUMBERS.incrementAndGet()
            + "\nlibrary = \""
            + settings.libraryPath()
            + "\"\nslot = "
            + settings.slot()
            + "\n";
    try {
      return Security.getProvider("SunPKCS11").configure(configuration);
    } catch (ProviderException e) {
      throw new HsmUnavailableException(
          ProblemText.of(
              "problem.hsm-unavailable.not-loaded",
              settings.libraryPath(),
              settings.slot(),
              Failures.describe(e)),
          e);
    }
  }

  private static SealingKey keyOf(KeyStore store, Pkcs11Settings settings)
      throws GeneralSecurityException {
    String label = settings.keyLabel();
    Key key = store.isKeyEntry(label) ? store.getKey(label, null) : null;
    Certificate[] chain = store.getCertificateChain(label);
    if (!(key instanceof PrivateKey privateKey) || chain == null || chain.length == 0) {
      throw new InvalidCredentialException(
          ProblemText.of(
              "problem.invalid-credential.no-key-labelled",
              settings.slot(),
              label,
              keyLabels(store)));
    }
    List<X509Certificate> certificates = new ArrayList<>();
    for (Certificate certificate : chain) {
      certificates.add((X509Certificate) certificate);
    }
    return new SealingKey(privateKey, certificates);
  }

  private static String keyLabels(KeyStore store) throws GeneralSecurityException {
    List<String> labels = new ArrayList<>();
    for (String alias : Collections.list(store.aliases())) {
      if (store.isKeyEntry(alias)) {
        labels.add(alias);
      }
    }
    Collections.sort(labels);
    return labels.isEmpty() ? "(none)" : String.join(", ", labels);
  }

  private static void logout(Provider provider) {
    try {
      ((AuthProvider) provider).logout();
    } catch (LoginException | ProviderException e) {
      // Nothing to do: the session is dropped either way, and the token is likely gone.
    }
  }
}
