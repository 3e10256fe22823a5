package org.paraph.seals.infrastructure.cms;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.paraph.seals.domain.SigningCredential;

/**
 * The {@link PadesCmsSigner}s of the keys in use, so that their constant parts are computed once
 * per key rather than once per seal. Keys are told apart by identity: the portal opens each seal's
 * key once and keeps it ({@code SealKeys}), and comparing keys by value would cost more than the
 * lookup saves. The least recently used signers go first, so keys opened afresh each time (a test,
 * a one-off) cannot make the cache grow without bound. Thread-safe.
 */
public final class CmsSigners {

  private static final int CAPACITY = 64;

  private record Identity(SigningCredential key) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Identity identity && identity.key == key;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(key);
    }
  }

  private final Map<Identity, Optional<PadesCmsSigner>> signers =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Identity, Optional<PadesCmsSigner>> eldest) {
          return size() > CAPACITY;
        }
      };

  /** The signer of this key, or empty for a key type only DSS handles. */
  public Optional<PadesCmsSigner> forKey(SigningCredential key) {
    Identity identity = new Identity(key);
    synchronized (signers) {
      Optional<PadesCmsSigner> signer = signers.get(identity);
      if (signer != null) {
        return signer;
      }
    }
    // Built outside the lock: two threads may both build one, and either result will do.
    Optional<PadesCmsSigner> signer = PadesCmsSigner.forKey(key);
    synchronized (signers) {
      signers.put(identity, signer);
    }
    return signer;
  }
}
