package org.paraph.seals.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paraph.seals.domain.HsmUnavailableException;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SigningCredential;
import org.paraph.seals.domain.StoredCsc;
import org.paraph.seals.domain.StoredPkcs11;
import org.paraph.seals.infrastructure.keys.KeyStoreAccess;
import org.paraph.seals.infrastructure.keys.pkcs11.Pkcs11Pool;
import org.paraph.shared.application.Secrets;
import org.paraph.shared.domain.AesGcmSecretBox;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.infrastructure.OutboundGuard;
import org.paraph.testsupport.CscTestServer;
import org.paraph.testsupport.SoftHsm;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;

/** Seals' credentials are opened once and kept; one that cannot be opened is not. */
class SealKeysTest {

  private static final String LABEL = "keys-seal";

  private static DemoPki pki;
  private static SoftHsm token;

  private final SealKeys sealKeys = new SealKeys();

  @BeforeAll
  static void importKey() {
    pki = new DemoPkiGenerator().generate("Keys Ltd.", "https://paraph.test", Instant.now());
    token = SoftHsm.initialise("paraph-pool-a", SoftHsm.USER_PIN);
    token.importKey(LABEL, pki.seal(), SoftHsm.USER_PIN);
  }

  SealKeysTest() {
    byte[] masterKey = new byte[32];
    new SecureRandom().nextBytes(masterKey);
    AesGcmSecretBox box = new AesGcmSecretBox(masterKey);
    // The test trust service listens on the loopback, which the portal reaches only when told to.
    sealKeys.keyStores =
        new KeyStoreAccess(Clock.systemUTC(), OutboundGuard.of(false, "127.0.0.1"));
    sealKeys.secrets =
        new Secrets() {
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

  @AfterEach
  void logOut() {
    sealKeys.closeAll();
  }

  @Test
  void aPkcs11SealLogsInOnceForAllItsSignatures() throws Exception {
    Seal seal = pkcs11Seal(token.libraryPath());

    SigningCredential first = sealKeys.keyOf(seal);
    byte[] data = "a document's signed attributes".getBytes();
    for (int i = 0; i < 3; i++) {
      Signature verifier = Signature.getInstance("SHA256withRSA");
      verifier.initVerify(pki.seal().signingCertificate());
      verifier.update(data);
      assertTrue(verifier.verify(sealKeys.keyOf(seal).sign("SHA256withRSA", data)));
    }

    assertSame(first, sealKeys.keyOf(seal));
    assertEquals(List.of(1), ((Pkcs11Pool) first).loginsPerToken());
    assertEquals(List.of(3L), ((Pkcs11Pool) first).signaturesPerToken());
  }

  @Test
  void anHsmThatCannotBeOpenedIsUnavailableWhileItsCertificateStillShows() {
    Seal seal = pkcs11Seal("/opt/nowhere/libpkcs11.so");

    HsmUnavailableException failure =
        assertThrows(HsmUnavailableException.class, () -> sealKeys.keyOf(seal));
    HsmUnavailableException again =
        assertThrows(HsmUnavailableException.class, () -> sealKeys.keyOf(seal));

    assertEquals(FailureKind.UNAVAILABLE, failure.kind(), "answered 503");
    assertNotEquals(failure, again, "tried again rather than remembered as failed");
    assertEquals(pki.seal().chain(), sealKeys.chainOf(seal), "pages and anchors need no HSM");
    assertTrue(sealKeys.usageOf(seal).isEmpty());
  }

  @Test
  void aCscSealAuthenticatesOnceForAllItsSignatures() {
    try (CscTestServer csc = CscTestServer.start("portal", "secret", "c1")) {
      Seal seal =
          Seal.csc(
              "remote",
              "CSC Test Trust Service",
              new StoredCsc(
                  csc.baseUrl(),
                  "portal",
                  sealKeys.secrets.encrypt("secret"),
                  "c1",
                  csc.credential().chain()),
              false,
              false,
              Instant.now());

      for (int i = 0; i < 3; i++) {
        sealKeys.keyOf(seal).sign("SHA256withRSA", ("document " + i).getBytes());
      }

      assertEquals(1, csc.tokensIssued());
      assertEquals(3, csc.signatures());
    }
  }

  private Seal pkcs11Seal(String library) {
    return Seal.pkcs11(
        "hsm",
        "Keys Ltd.",
        new StoredPkcs11(
            library,
            List.of(token.slot()),
            LABEL,
            sealKeys.secrets.encrypt(SoftHsm.USER_PIN),
            pki.seal().chain()),
        false,
        false,
        Instant.now());
  }
}
