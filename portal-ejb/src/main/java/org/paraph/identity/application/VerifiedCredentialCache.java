package org.paraph.identity.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.paraph.identity.domain.AuthenticatedUser;

/**
 * Remembers, for a few minutes, credentials that were verified. PBKDF2 is slow on purpose (tens of
 * milliseconds), and an API client sends its credentials with every request: without this cache,
 * password hashing would bound the sealing rate. Entries are keyed by an HMAC of the credentials
 * under a key that lives only in this process, so the cache holds no password. The stored password
 * hash, read again on each request, is part of that HMAC: a password changed on any node makes the
 * old entry unreachable on every node, and a disabled user is refused before the cache is asked.
 */
final class VerifiedCredentialCache {

  private static final int MAX_ENTRIES = 10_000;

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final SecretKeySpec key;
  private final Duration timeToLive;
  private final Clock clock;

  VerifiedCredentialCache(Duration timeToLive, Clock clock) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.timeToLive = timeToLive;
    this.clock = clock;
  }

  Optional<AuthenticatedUser> find(String username, char[] password, String storedHash) {
    String id = idOf(username, password, storedHash);
    Entry entry = entries.get(id);
    if (entry == null) {
      return Optional.empty();
    }
    if (entry.expiresAt().isBefore(clock.instant())) {
      entries.remove(id);
      return Optional.empty();
    }
    return Optional.of(entry.user());
  }

  void remember(String username, char[] password, String storedHash, AuthenticatedUser user) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(
        idOf(username, password, storedHash), new Entry(user, clock.instant().plus(timeToLive)));
  }

  void forget(String username) {
    entries.values().removeIf(e -> e.user().username().equals(username));
  }

  private String idOf(String username, char[] password, String storedHash) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(new String(password).getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is available in every Java runtime", e);
    }
  }

  private record Entry(AuthenticatedUser user, Instant expiresAt) {}
}
