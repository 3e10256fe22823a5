package org.paraph.seals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealingKey;
import org.paraph.seals.domain.StoredPkcs12;
import org.paraph.shared.application.Secrets;
import org.paraph.trust.infrastructure.Pkcs12;

/**
 * Stores keys as PKCS#12 with a random password encrypted under the master key, and opens them
 * again. A seal's key is opened once and kept in memory: decrypting the password and decoding the
 * PKCS#12 on every seal would cost more than the signature itself.
 */
@ApplicationScoped
public class SealKeys {

  @Inject Secrets secrets;

  private final Map<UUID, SealingKey> opened = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();

  public SealingKey keyOf(Seal seal) {
    return opened.computeIfAbsent(seal.id(), id -> open(seal.credential()));
  }

  public SealingKey open(StoredPkcs12 stored) {
    String password = secrets.decrypt(stored.encryptedPassword());
    return Pkcs12.read(stored.pkcs12(), password.toCharArray());
  }

  public StoredPkcs12 store(SealingKey key, String alias) {
    byte[] secret = new byte[24];
    random.nextBytes(secret);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    byte[] pkcs12 = Pkcs12.write(key.privateKey(), key.chain(), alias, password.toCharArray());
    return new StoredPkcs12(pkcs12, secrets.encrypt(password));
  }
}
