package org.paraph.workflows.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paraph.shared.application.Secrets;
import org.paraph.shared.domain.AesGcmSecretBox;
import org.paraph.workflows.domain.SignLinkException;

/**
 * The state of a qualified signature carries its PKCE verifier and browser binding past the trust
 * service without anyone on the way being able to read or change them.
 */
class QualifiedStateTest {

  private final SecureRandom random = new SecureRandom();
  private final Secrets secrets = secrets();

  @Test
  void whatGoesOutComesBackWithItsVerifierAndBinding() {
    QualifiedState started = QualifiedState.create("nonce-1", true, random);

    String sent = started.seal(secrets);
    QualifiedState back = QualifiedState.open(sent, secrets);

    assertTrue(sent.startsWith("nonce-1."), sent);
    assertFalse(sent.contains(started.pkce().verifier()), "the verifier is not readable");
    assertFalse(sent.contains(started.browserBinding().orElseThrow()), "nor the binding");
    assertEquals(started, back);
    assertTrue(sent.length() < QualifiedState.MAX_LENGTH, () -> sent.length() + " characters");
  }

  @Test
  void aStateThePagesStartedNeedsTheCookieOfThatBrowser() {
    QualifiedState started = QualifiedState.create("nonce-2", true, random);
    QualifiedState back = QualifiedState.open(started.seal(secrets), secrets);

    assertTrue(back.cameBackTo(started.browserBinding().orElseThrow()));
    assertFalse(back.cameBackTo(null), "no cookie");
    assertFalse(back.cameBackTo("another-browsers-value"), "another browser's cookie");
  }

  @Test
  void aStateAnApiClientStartedNeedsNoCookie() {
    QualifiedState started = QualifiedState.create("nonce-3", false, random);
    QualifiedState back = QualifiedState.open(started.seal(secrets), secrets);

    assertEquals(Optional.empty(), back.browserBinding());
    assertTrue(back.cameBackTo(null));
  }

  @Test
  void anAlteredOrForeignStateIsUnknown() {
    String sent = QualifiedState.create("nonce-4", true, random).seal(secrets);
    String otherNonce = "nonce-5" + sent.substring(sent.indexOf('.'));
    char last = sent.charAt(sent.length() - 2);
    String flipped =
        sent.substring(0, sent.length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + sent.charAt(sent.length() - 1);

    for (String forged :
        new String[] {
          otherNonce,
          flipped,
          "nonce-4",
          "nonce-4.not-base64!",
          "x".repeat(QualifiedState.MAX_LENGTH + 1),
          QualifiedState.create("nonce-4", true, random).seal(secrets()),
        }) {
      SignLinkException refused =
          assertThrows(SignLinkException.class, () -> QualifiedState.open(forged, secrets));
      assertEquals("qualified-state-invalid", refused.problemType(), forged);
    }
  }

  private Secrets secrets() {
    byte[] key = new byte[32];
    random.nextBytes(key);
    AesGcmSecretBox box = new AesGcmSecretBox(key);
    return new Secrets() {
      @Override
      public String encrypt(String plaintext) {
        return box.encrypt(plaintext);
      }

      @Override
      public String decrypt(String stored) {
        return box.decrypt(stored);
      }
    };
  }
}
