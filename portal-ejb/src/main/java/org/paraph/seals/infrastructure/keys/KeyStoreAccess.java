package org.paraph.seals.infrastructure.keys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.paraph.seals.domain.CscSettings;
import org.paraph.seals.domain.KeyStores;
import org.paraph.seals.domain.Pkcs11Settings;
import org.paraph.seals.domain.RemoteCredential;
import org.paraph.seals.domain.SealingKey;
import org.paraph.seals.domain.TokenCredential;
import org.paraph.seals.infrastructure.keys.csc.CscCredential;
import org.paraph.seals.infrastructure.keys.pkcs11.Pkcs11Pool;
import org.paraph.shared.infrastructure.OutboundGuard;

/**
 * The application's {@link KeyStores}: PKCS#12 with the JDK ({@link Pkcs12}), PKCS#11 tokens as a
 * {@link Pkcs11Pool}, remote credentials as a {@link CscCredential} reached through the outbound
 * guard.
 */
@ApplicationScoped
public class KeyStoreAccess implements KeyStores {

  @Inject Clock clock;
  @Inject OutboundGuard outboundGuard;

  public KeyStoreAccess() {}

  /**
   * Outside a container: the clock CSC tokens expire by, and what the service may be reached at.
   */
  public KeyStoreAccess(Clock clock, OutboundGuard outboundGuard) {
    this.clock = clock;
    this.outboundGuard = outboundGuard;
  }

  @Override
  public SealingKey readPkcs12(byte[] pkcs12, char[] password) {
    return Pkcs12.read(pkcs12, password);
  }

  @Override
  public byte[] writePkcs12(SealingKey key, String alias, char[] password) {
    return Pkcs12.write(key.privateKey(), key.chain(), alias, password);
  }

  @Override
  public TokenCredential openTokens(List<Pkcs11Settings> tokens) {
    return Pkcs11Pool.open(tokens);
  }

  @Override
  public RemoteCredential openRemote(CscSettings settings) {
    return CscCredential.open(settings, clock, outboundGuard);
  }
}
