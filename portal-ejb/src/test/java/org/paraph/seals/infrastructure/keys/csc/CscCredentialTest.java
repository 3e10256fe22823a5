package org.paraph.seals.infrastructure.keys.csc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.validation.reports.Reports;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.seals.domain.CscSettings;
import org.paraph.seals.domain.InvalidCredentialException;
import org.paraph.seals.domain.RemoteCredentialException;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.infrastructure.sealing.PadesSealer;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.infrastructure.OutboundGuard;
import org.paraph.testsupport.CscTestServer;
import org.paraph.testsupport.DssTestValidation;
import org.paraph.testsupport.TestPdfs;

/** The CSC v2 client against a CSC test server over real HTTP, and seals made through it. */
class CscCredentialTest {

  private static final String CLIENT = "paraph-portal";
  private static final String SECRET = "s3cret-of-the-portal";
  private static final String CREDENTIAL = "seal-credential-1";

  private static CscTestServer csc;

  @BeforeAll
  static void startService() {
    csc = CscTestServer.start(CLIENT, SECRET, CREDENTIAL);
  }

  @AfterAll
  static void stopService() {
    csc.close();
  }

  @Test
  void sealMadeThroughTheServiceValidatesWithItsCaAsAnchor() {
    CscCredential credential = open(SECRET, CREDENTIAL);
    int signaturesBefore = csc.signatures();

    byte[] sealed =
        new PadesSealer(new PdfInspector())
            .seal(
                TestPdfs.onePage(),
                credential,
                SealOptions.invisible(SealLevel.B_B, "CSC Test Trust Service", Instant.now()),
                null);

    Reports reports =
        DssTestValidation.trusting(csc.caCertificate())
            .withCrl(csc.crlUrl(), csc.crl())
            .validate(sealed);
    assertEquals(
        List.of(Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(reports),
        DssTestValidation.explain(reports));
    assertEquals(csc.credential().chain(), credential.chain());
    assertEquals(signaturesBefore + 1, csc.signatures(), "the service made the signature");
  }

  @Test
  void oneAccessTokenServesManySignatures() {
    CscCredential credential = open(SECRET, CREDENTIAL);
    int tokensBefore = csc.tokensIssued();

    for (int i = 0; i < 5; i++) {
      credential.sign("SHA256withRSA", ("document " + i).getBytes());
    }

    assertEquals(tokensBefore, csc.tokensIssued());
  }

  @Test
  void signsAgainWithANewTokenAfterTheServiceForgotIt() throws Exception {
    CscCredential credential = open(SECRET, CREDENTIAL);
    int tokensBefore = csc.tokensIssued();
    csc.revokeAccessTokens();

    byte[] data = "after the service restarted".getBytes();
    byte[] signature = credential.sign("SHA256withRSA", data);

    assertEquals(tokensBefore + 1, csc.tokensIssued());
    java.security.Signature verifier = java.security.Signature.getInstance("SHA256withRSA");
    verifier.initVerify(csc.credential().signingCertificate());
    verifier.update(data);
    assertTrue(verifier.verify(signature), "a PKCS#1 signature of the data by the credential");
  }

  @Test
  void wrongSecretIsRefusedSayingSo() {
    InvalidCredentialException failure =
        assertThrows(InvalidCredentialException.class, () -> open("not-the-secret", CREDENTIAL));

    assertEquals(FailureKind.UNPROCESSABLE, failure.kind());
    assertTrue(
        failure.getMessage().contains("refused the client credentials of client 'paraph-portal'"),
        failure.getMessage());
    assertTrue(failure.getMessage().contains("invalid_client"), failure.getMessage());
    assertFalse(failure.getMessage().contains("not-the-secret"), failure.getMessage());
  }

  @Test
  void unknownCredentialIsRefusedNamingTheClientsCredentials() {
    InvalidCredentialException failure =
        assertThrows(InvalidCredentialException.class, () -> open(SECRET, "seal-credential-9"));

    assertTrue(failure.getMessage().contains("'seal-credential-9'"), failure.getMessage());
    assertTrue(failure.getMessage().contains("are: " + CREDENTIAL), failure.getMessage());
  }

  @Test
  void blankCredentialIdStandsForTheClientsOnlyCredential() {
    CscCredential credential = open(SECRET, "");

    assertEquals(CREDENTIAL, credential.credentialId());
  }

  @Test
  void serviceNotListeningIsReportedUnavailable() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    CscSettings settings =
        new CscSettings(
            URI.create("http://127.0.0.1:" + port + "/csc/v2"), CLIENT, SECRET, CREDENTIAL);

    RemoteCredentialException failure =
        assertThrows(
            RemoteCredentialException.class,
            () -> CscCredential.open(settings, Clock.systemUTC(), LOOPBACK));

    assertEquals(FailureKind.UNAVAILABLE, failure.kind());
    assertTrue(failure.getMessage().contains("cannot be reached"), failure.getMessage());
  }

  private static CscCredential open(String secret, String credentialId) {
    return CscCredential.open(
        new CscSettings(URI.create(csc.baseUrl()), CLIENT, secret, credentialId),
        Clock.systemUTC(),
        LOOPBACK);
  }

  /** The test service listens on the loopback, which the portal reaches only when told to. */
  private static final OutboundGuard LOOPBACK = OutboundGuard.of(false, "127.0.0.1");
}
