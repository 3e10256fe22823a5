package org.paraph.seals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealingKey;
import org.paraph.shared.application.Secrets;
import org.paraph.trust.infrastructure.Pkcs12;

/**
 * Opens each seal's key once and keeps it in memory: decrypting the password and decoding the
 * PKCS#12 on every seal would cost more than the signature itself.
 */
@ApplicationScoped
public class SealKeys {

  @Inject Secrets secrets;

  private final Map<UUID, SealingKey> opened = new ConcurrentHashMap<>();

  public SealingKey keyOf(Seal seal) {
    return opened.computeIfAbsent(seal.id(), id -> open(seal));
  }

  private SealingKey open(Seal seal) {
    String password = secrets.decrypt(seal.encryptedPkcs12Password());
    return Pkcs12.read(seal.pkcs12(), password.toCharArray());
  }
}
