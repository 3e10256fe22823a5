package org.paraph.seals.application;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.paraph.seals.domain.CscSettings;
import org.paraph.seals.domain.KeyStores;
import org.paraph.seals.domain.RemoteCredential;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealingKey;
import org.paraph.seals.domain.SigningCredential;
import org.paraph.seals.domain.StoredCsc;
import org.paraph.seals.domain.StoredPkcs11;
import org.paraph.seals.domain.StoredPkcs12;
import org.paraph.seals.domain.TokenCredential;
import org.paraph.seals.domain.TokenUsage;
import org.paraph.shared.application.Secrets;

/**
 * Opens seals' credentials, once each, and keeps them open: a PKCS#12 decoded into memory, PKCS#11
 * tokens logged in to (their sessions reused by every signature, a failed token reconnected on its
 * next use), a CSC client holding its access token. Opening on every seal would cost more than the
 * signature itself, and an HSM login per signature is what HSMs rate-limit. A credential that
 * cannot be opened is not kept, so the next seal tries again.
 *
 * <p>Also stores keys as PKCS#12 with a random password encrypted under the master key.
 */
@ApplicationScoped
public class SealKeys {

  @Inject Secrets secrets;
  @Inject KeyStores keyStores;

  private final Map<UUID, SigningCredential> opened = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();

  /**
   * The seal's credential, opened on first use.
   *
   * @throws org.paraph.seals.domain.HsmUnavailableException when its tokens cannot be opened
   * @throws org.paraph.seals.domain.RemoteCredentialException when its service cannot be reached
   * @throws org.paraph.seals.domain.InvalidCredentialException when the credential is refused
   * @throws org.paraph.seals.domain.SealRetiredException when the seal is retired
   */
  public SigningCredential keyOf(Seal seal) {
    seal.requireInService();
    return opened.computeIfAbsent(seal.id(), id -> open(seal));
  }

  /**
   * The seal's certificate chain, without reaching a token or a remote service (their chains are
   * stored at registration): pages and trust anchors work while an HSM is down.
   */
  public List<X509Certificate> chainOf(Seal seal) {
    return switch (seal.credentialKind()) {
      case PKCS12 -> seal.retiredChain().orElseGet(() -> keyOf(seal).chain());
      case PKCS11 -> seal.pkcs11().chain();
      case CSC -> seal.csc().chain();
    };
  }

  /** How the seal's credential has been used since it was opened, if it says and is open. */
  public List<TokenUsage> usageOf(Seal seal) {
    SigningCredential credential = opened.get(seal.id());
    return credential == null ? List.of() : credential.usage();
  }

  /** Keeps a credential opened for registration, so that its first seal needs no second login. */
  void adopt(Seal seal, SigningCredential credential) {
    SigningCredential previous = opened.put(seal.id(), credential);
    if (previous instanceof AutoCloseable closeable && previous != credential) {
      closeQuietly(closeable);
    }
  }

  /**
   * Drops the seal's opened credential (logging out of its tokens): it was retired, and its key
   * must not stay usable in memory.
   */
  void forget(Seal seal) {
    SigningCredential credential = opened.remove(seal.id());
    if (credential instanceof AutoCloseable closeable) {
      closeQuietly(closeable);
    }
  }

  public SealingKey open(StoredPkcs12 stored) {
    String password = secrets.decrypt(stored.encryptedPassword());
    return keyStores.readPkcs12(stored.pkcs12(), password.toCharArray());
  }

  /** Logs in to the tokens, checking that they all hold the key and the same certificate. */
  public TokenCredential open(StoredPkcs11 stored) {
    return keyStores.openTokens(stored.settings(secrets.decrypt(stored.encryptedPin())));
  }

  /** Authenticates to the service and reads the credential's chain. */
  public RemoteCredential open(StoredCsc stored) {
    return keyStores.openRemote(
        new CscSettings(
            URI.create(stored.baseUrl()),
            stored.clientId(),
            secrets.decrypt(stored.encryptedClientSecret()),
            stored.credentialId()));
  }

  public StoredPkcs12 store(SealingKey key, String alias) {
    byte[] secret = new byte[24];
    random.nextBytes(secret);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    byte[] pkcs12 = keyStores.writePkcs12(key, alias, password.toCharArray());
    return new StoredPkcs12(pkcs12, secrets.encrypt(password));
  }

  /** Logs out of the tokens when the application stops. */
  @PreDestroy
  void closeAll() {
    opened.values().stream()
        .filter(AutoCloseable.class::isInstance)
        .map(AutoCloseable.class::cast)
        .forEach(SealKeys::closeQuietly);
    opened.clear();
  }

  private SigningCredential open(Seal seal) {
    return switch (seal.credentialKind()) {
      case PKCS12 -> open(seal.credential());
      case PKCS11 -> open(seal.pkcs11());
      case CSC -> open(seal.csc());
    };
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // Logging out of a token that is gone fails; there is nothing left to release.
    }
  }
}
