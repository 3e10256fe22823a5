package org.paraph.seals.infrastructure.keys.pkcs11;

import java.security.Provider;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.paraph.seals.domain.HsmUnavailableException;
import org.paraph.seals.domain.InvalidCredentialException;
import org.paraph.seals.domain.Pkcs11Settings;
import org.paraph.seals.domain.SealingKey;
import org.paraph.seals.infrastructure.Failures;
import org.paraph.shared.domain.ProblemText;

/**
 * A sealing key in an HSM, reached through PKCS#11. The token is logged in to once, when opened,
 * and its sessions are reused by every signature: a login per seal would cost more than the
 * signature and, on some HSMs, count against a rate limit.
 *
 * <p>HSMs drop sessions (network HSMs restart, USB tokens are unplugged, idle sessions time out).
 * An operation that fails because of the token is therefore retried once on a fresh login; a second
 * failure means the HSM is really down. Thread-safe.
 *
 * <pre>{@code
 * byte[] sealed = token.withKey(key -> sealer.seal(pdf, key, options, tsp));
 * }</pre>
 */
public final class Pkcs11Token implements AutoCloseable {

  private final Pkcs11Settings settings;
  private final AtomicInteger logins = new AtomicInteger();
  private Pkcs11Connection connection;
  private boolean closed;

  private Pkcs11Token(Pkcs11Settings settings) {
    this.settings = settings;
  }

  /**
   * Logs in to the token and finds the key, so that a wrong setting shows at once rather than at
   * the first seal.
   *
   * @throws InvalidCredentialException when the PIN is refused, or no key has the label (the
   *     message lists the labels on the token)
   * @throws HsmUnavailableException when the library is missing or the token cannot be opened
   */
  public static Pkcs11Token open(Pkcs11Settings settings) {
    Pkcs11Token token = new Pkcs11Token(Objects.requireNonNull(settings, "settings"));
    token.current();
    return token;
  }

  /**
   * Runs an operation that signs with the token's key (typically a seal), retrying it once on a
   * fresh login when the token failed. The operation may therefore run twice: it must have no
   * effect outside its result, which holds for sealing.
   *
   * @throws HsmUnavailableException when the token fails again after reconnecting
   */
  public <T> T withKey(Function<SealingKey, T> operation) {
    Pkcs11Connection used = current();
    try {
      return operation.apply(used.key());
    } catch (RuntimeException failure) {
      if (!Pkcs11Failures.isTokenFailure(failure)) {
        throw failure;
      }
      Pkcs11Connection fresh = reconnect(used);
      try {
        return operation.apply(fresh.key());
      } catch (RuntimeException again) {
        if (!Pkcs11Failures.isTokenFailure(again)) {
          throw again;
        }
        again.addSuppressed(failure);
        throw new HsmUnavailableException(
            ProblemText.of(
                "problem.hsm-unavailable.failed-again", settings.slot(), Failures.describe(again)),
            again);
      }
    }
  }

  /**
   * The key as of the current login, for callers that handle token failures themselves. Prefer
   * {@link #withKey}, which survives a dropped session.
   */
  public SealingKey sealingKey() {
    return current().key();
  }

  /** How many times the token was logged in to: once, plus once per reconnection. */
  public int logins() {
    return logins.get();
  }

  /** The provider of the current login; visible to tests, which break its session on purpose. */
  synchronized Provider provider() {
    return current().provider();
  }

  /**
   * Logs out. The login is the token's, shared by every connection of this JVM to it: another
   * {@code Pkcs11Token} on the same slot then reconnects at its next signature.
   */
  @Override
  public synchronized void close() {
    closed = true;
    if (connection != null) {
      connection.close();
      connection = null;
    }
  }

  /** The current login; after a failed reconnection, tries again, since the HSM may be back. */
  private synchronized Pkcs11Connection current() {
    if (closed) {
      throw new IllegalStateException("the PKCS#11 token " + settings + " is closed");
    }
    if (connection == null) {
      connection = Pkcs11Connection.open(settings);
      logins.incrementAndGet();
    }
    return connection;
  }

  private synchronized Pkcs11Connection reconnect(Pkcs11Connection failed) {
    if (connection == failed) {
      // Another thread may have reconnected already; its login is as good as ours.
      failed.abandon();
      connection = null;
    }
    return current();
  }
}
