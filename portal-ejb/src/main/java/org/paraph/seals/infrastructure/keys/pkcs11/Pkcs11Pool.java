package org.paraph.seals.infrastructure.keys.pkcs11;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.paraph.seals.domain.HsmUnavailableException;
import org.paraph.seals.domain.InvalidCredentialException;
import org.paraph.seals.domain.Pkcs11Settings;
import org.paraph.seals.domain.TokenCredential;
import org.paraph.seals.domain.TokenUsage;
import org.paraph.shared.domain.ProblemText;

/**
 * A seal's key held by one or more PKCS#11 tokens (HSM slots, seal cards) with the same key and
 * certificate. Each signature takes a free token, so that several tokens sign in parallel: a seal
 * card signs one thing at a time, and a pool of cards is how volume is reached. Only the signature
 * holds a token, not the rest of the seal (PDF work, timestamp), so a token is rarely idle.
 *
 * <p>Every token is logged in to once, when the pool opens; a token whose session was lost is
 * reconnected by {@link Pkcs11Token#withKey}. Thread-safe.
 */
public final class Pkcs11Pool implements TokenCredential {

  private final List<Member> members;
  private final BlockingQueue<Member> free;
  private final List<X509Certificate> chain;

  private Pkcs11Pool(List<Member> members) {
    this.members = List.copyOf(members);
    this.free = new ArrayBlockingQueue<>(members.size(), true, members);
    this.chain = members.get(0).token.sealingKey().chain();
  }

  /**
   * Logs in to every token and checks that they hold the same certificate under the key label.
   *
   * @throws InvalidCredentialException when a PIN is refused, a label is missing, or the tokens
   *     hold different certificates
   * @throws HsmUnavailableException when a token cannot be opened
   */
  public static Pkcs11Pool open(List<Pkcs11Settings> tokens) {
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a PKCS#11 pool needs at least one token");
    }
    List<Member> members = new ArrayList<>();
    try {
      for (Pkcs11Settings settings : tokens) {
        members.add(new Member(settings.slot(), Pkcs11Token.open(settings)));
      }
      X509Certificate first = members.get(0).token.sealingKey().signingCertificate();
      for (Member member : members) {
        X509Certificate certificate = member.token.sealingKey().signingCertificate();
        if (!certificate.equals(first)) {
          throw new InvalidCredentialException(
              ProblemText.of(
                  "problem.invalid-credential.tokens-differ",
                  member.slot,
                  certificate.getSubjectX500Principal().getName(),
                  certificate.getSerialNumber().toString(16),
                  members.get(0).slot,
                  first.getSubjectX500Principal().getName(),
                  first.getSerialNumber().toString(16)));
        }
      }
      return new Pkcs11Pool(members);
    } catch (RuntimeException e) {
      members.forEach(member -> member.token.close());
      throw e;
    }
  }

  @Override
  public List<X509Certificate> chain() {
    return chain;
  }

  /**
   * Signs with a free token, waiting for one if all are busy.
   *
   * @throws HsmUnavailableException when the token fails again after reconnecting
   */
  @Override
  public byte[] sign(String jcaAlgorithm, byte[] data) {
    Member member = take();
    try {
      byte[] signature = member.token.withKey(key -> key.sign(jcaAlgorithm, data));
      member.signatures.incrementAndGet();
      return signature;
    } finally {
      free.add(member);
    }
  }

  /** How many signatures each token made since the pool opened, by slot. */
  public List<Long> signaturesPerToken() {
    return members.stream().map(member -> member.signatures.get()).toList();
  }

  /** How many logins each token needed: one, plus one per reconnection. */
  public List<Integer> loginsPerToken() {
    return members.stream().map(member -> member.token.logins()).toList();
  }

  @Override
  public List<TokenUsage> usage() {
    return members.stream()
        .map(member -> new TokenUsage(member.slot, member.signatures.get(), member.token.logins()))
        .toList();
  }

  @Override
  public void close() {
    members.forEach(member -> member.token.close());
  }

  private Member take() {
    try {
      return free.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HsmUnavailableException(ProblemText.of("problem.hsm-unavailable.interrupted"), e);
    }
  }

  private record Member(long slot, Pkcs11Token token, AtomicLong signatures) {
    Member(long slot, Pkcs11Token token) {
      this(slot, token, new AtomicLong());
    }
  }
}
