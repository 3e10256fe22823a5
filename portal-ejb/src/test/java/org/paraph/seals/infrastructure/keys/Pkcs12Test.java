package org.paraph.seals.infrastructure.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paraph.seals.domain.InvalidCredentialException;
import org.paraph.seals.domain.SealingKey;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;

class Pkcs12Test {

  private static final char[] PASSWORD = "correct horse battery staple".toCharArray();

  private static DemoPki pki;

  @BeforeAll
  static void generateKeys() {
    pki = new DemoPkiGenerator().generate("Pkcs12 Test", "https://paraph.test", Instant.now());
  }

  @Test
  void whatIsWrittenReadsBackIdentical() {
    SealingKey seal = pki.seal();

    SealingKey read =
        Pkcs12.read(Pkcs12.write(seal.privateKey(), seal.chain(), "seal", PASSWORD), PASSWORD);

    assertArrayEquals(seal.privateKey().getEncoded(), read.privateKey().getEncoded());
    assertEquals(seal.chain(), read.chain());
  }

  @Test
  void wrongPasswordIsAnInvalidCredential() {
    byte[] pkcs12 = Pkcs12.write(pki.seal().privateKey(), pki.seal().chain(), "seal", PASSWORD);

    assertInvalid(pkcs12, "Tr0ub4dor&3".toCharArray());
  }

  @Test
  void fileThatIsNotPkcs12IsAnInvalidCredential() {
    assertInvalid("-----BEGIN CERTIFICATE-----".getBytes(StandardCharsets.US_ASCII), PASSWORD);
    assertInvalid(new byte[0], PASSWORD);
  }

  @Test
  void keyThatDoesNotMatchItsCertificateIsAnInvalidCredential() {
    byte[] mismatched =
        Pkcs12.write(pki.timestampAuthority().privateKey(), pki.seal().chain(), "seal", PASSWORD);

    InvalidCredentialException refusal = assertInvalid(mismatched, PASSWORD);
    assertEquals(
        "The private key in the PKCS#12 file does not belong to its certificate.",
        refusal.getMessage());
  }

  private static InvalidCredentialException assertInvalid(byte[] pkcs12, char[] password) {
    InvalidCredentialException refusal =
        assertThrows(InvalidCredentialException.class, () -> Pkcs12.read(pkcs12, password));
    assertEquals("invalid-credential", refusal.problemType());
    return refusal;
  }
}
