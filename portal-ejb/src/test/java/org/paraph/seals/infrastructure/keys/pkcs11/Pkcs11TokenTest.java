package org.paraph.seals.infrastructure.keys.pkcs11;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.validation.reports.Reports;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.ProviderException;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.seals.domain.HsmUnavailableException;
import org.paraph.seals.domain.InvalidCredentialException;
import org.paraph.seals.domain.Pkcs11Settings;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealingKey;
import org.paraph.seals.infrastructure.sealing.PadesSealer;
import org.paraph.shared.domain.FailureKind;
import org.paraph.testsupport.DssTestValidation;
import org.paraph.testsupport.SoftHsm;
import org.paraph.testsupport.TestPdfs;
import org.paraph.trust.infrastructure.DemoCrlIssuer;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;

/** Seals through a real SoftHSM2 token, initialised by the test (see {@link SoftHsm}). */
class Pkcs11TokenTest {

  private static final String ORGANISATION = "Acme Records, Ltd.";
  private static final String KEY_LABEL = "acme-seal";
  private static final String PIN = "481516";

  private static DemoPki pki;
  private static DssTestValidation validation;
  private static SoftHsm hsm;

  private final PadesSealer sealer = new PadesSealer(new PdfInspector());
  private final List<Pkcs11Token> tokens = new ArrayList<>();

  @BeforeAll
  static void initialiseToken() {
    Instant now = Instant.now();
    pki = new DemoPkiGenerator().generate(ORGANISATION, "https://paraph.test", now);
    validation =
        DssTestValidation.trusting(pki.root().signingCertificate())
            .withCrl(pki.crlUrl(), new DemoCrlIssuer().issue(pki.root(), now));
    hsm = SoftHsm.initialise("paraph-test", PIN);
    hsm.importKey(KEY_LABEL, pki.seal(), PIN);
  }

  @AfterEach
  void closeTokens() {
    // Closing logs out of the token, so that each test starts from a token nobody is logged in to.
    tokens.forEach(Pkcs11Token::close);
  }

  @Test
  void sealMadeInTheTokenValidates() throws GeneralSecurityException {
    Pkcs11Token token = open(PIN, KEY_LABEL);
    SealingKey key = token.sealingKey();

    byte[] sealed = token.withKey(tokenKey -> seal(tokenKey));

    Reports reports = validation.validate(sealed);
    assertEquals(
        List.of(Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(reports),
        DssTestValidation.explain(reports));
    assertEquals(pki.seal().chain(), key.chain());
    // The key never left the token: nothing to export, and the JCA signs with the token's provider.
    assertNull(key.privateKey().getEncoded());
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initSign(key.privateKey());
    assertSame(token.provider(), signature.getProvider());
  }

  @Test
  void fiftySealsShareOneLogin() {
    Pkcs11Token token = open(PIN, KEY_LABEL);
    Object provider = token.provider();

    for (int i = 0; i < 50; i++) {
      token.withKey(this::seal);
    }

    assertEquals(1, token.logins());
    assertSame(provider, token.provider());
  }

  @Test
  void sealsAgainAfterTheSessionIsLost() throws Exception {
    Pkcs11Token token = open(PIN, KEY_LABEL);
    token.withKey(this::seal);
    AuthProvider lost = (AuthProvider) token.provider();
    // What an HSM restart does to the JVM's side: the login is gone and the key handle is stale.
    lost.logout();

    byte[] sealed = token.withKey(this::seal);

    assertEquals(
        List.of(Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(validation.validate(sealed)));
    assertEquals(2, token.logins());
    assertNotSame(lost, token.provider());
  }

  @Test
  void tokenFailingTwiceIsReportedUnavailable() {
    Pkcs11Token token = open(PIN, KEY_LABEL);
    AtomicInteger attempts = new AtomicInteger();

    HsmUnavailableException failure =
        assertThrows(
            HsmUnavailableException.class,
            () ->
                token.withKey(
                    key -> {
                      attempts.incrementAndGet();
                      throw new ProviderException("CKR_DEVICE_REMOVED");
                    }));

    assertEquals(2, attempts.get());
    assertEquals(2, token.logins());
    assertEquals(FailureKind.UNAVAILABLE, failure.kind());
    assertEquals("hsm-unavailable", failure.problemType());
    assertTrue(failure.getMessage().contains("CKR_DEVICE_REMOVED"), failure.getMessage());
  }

  @Test
  void failureOfTheOperationItselfIsNotRetried() {
    Pkcs11Token token = open(PIN, KEY_LABEL);
    AtomicInteger attempts = new AtomicInteger();

    assertThrows(
        IllegalArgumentException.class,
        () ->
            token.withKey(
                key -> {
                  attempts.incrementAndGet();
                  throw new IllegalArgumentException("not the token's fault");
                }));

    assertEquals(1, attempts.get());
    assertEquals(1, token.logins());
  }

  @Test
  void wrongPinIsRefusedSayingSo() {
    // PKCS#11 checks a PIN only when nobody is logged in to the token (a login is the token's,
    // not the session's): an earlier test, such as the unknown label, may have left one.
    open(PIN, KEY_LABEL).close();

    InvalidCredentialException failure =
        assertThrows(InvalidCredentialException.class, () -> open("000000", KEY_LABEL));

    assertEquals(FailureKind.UNPROCESSABLE, failure.kind());
    assertTrue(failure.getMessage().contains("refused the PIN"), failure.getMessage());
    assertTrue(failure.getMessage().contains("CKR_PIN_INCORRECT"), failure.getMessage());
    assertFalse(failure.getMessage().contains("000000"), failure.getMessage());
  }

  @Test
  void unknownLabelIsRefusedListingTheTokensLabels() {
    InvalidCredentialException failure =
        assertThrows(InvalidCredentialException.class, () -> open(PIN, "other-seal"));

    assertTrue(failure.getMessage().contains("'other-seal'"), failure.getMessage());
    assertTrue(
        failure.getMessage().contains("its keys are labelled: " + KEY_LABEL), failure.getMessage());
  }

  @Test
  void missingLibraryIsReportedWithItsPath() {
    Pkcs11Settings settings =
        new Pkcs11Settings("/opt/nowhere/libpkcs11.so", hsm.slot(), KEY_LABEL, PIN);

    HsmUnavailableException failure =
        assertThrows(HsmUnavailableException.class, () -> Pkcs11Token.open(settings));

    assertTrue(
        failure.getMessage().contains("/opt/nowhere/libpkcs11.so does not exist"),
        failure.getMessage());
  }

  @Test
  void settingsNeverShowThePin() {
    Pkcs11Settings settings = new Pkcs11Settings(hsm.libraryPath(), hsm.slot(), KEY_LABEL, PIN);

    assertFalse(settings.toString().contains(PIN), settings.toString());
  }

  private Pkcs11Token open(String pin, String keyLabel) {
    Pkcs11Token token =
        Pkcs11Token.open(new Pkcs11Settings(hsm.libraryPath(), hsm.slot(), keyLabel, pin));
    tokens.add(token);
    return token;
  }

  private byte[] seal(SealingKey key) {
    SealOptions options = SealOptions.invisible(SealLevel.B_B, ORGANISATION, Instant.now());
    return sealer.seal(TestPdfs.onePage(), key, options, null);
  }
}
