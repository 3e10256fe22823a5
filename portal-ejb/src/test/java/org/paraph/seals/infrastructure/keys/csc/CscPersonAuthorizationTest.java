package org.paraph.seals.infrastructure.keys.csc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.validation.reports.Reports;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.seals.domain.CscSettings;
import org.paraph.seals.domain.InvalidCredentialException;
import org.paraph.seals.domain.Pkce;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealingKey;
import org.paraph.seals.infrastructure.sealing.PadesSealer;
import org.paraph.shared.infrastructure.OutboundGuard;
import org.paraph.testsupport.CscLoginForm;
import org.paraph.testsupport.CscTestServer;
import org.paraph.testsupport.DssTestValidation;
import org.paraph.testsupport.TestPdfs;

/**
 * A person's qualified credential reached through the OAuth2 authorization code grant of a CSC v2
 * service: the person logs in at the service's form, the code comes back once, and the token it
 * gives reaches that person's credential and no other.
 */
class CscPersonAuthorizationTest {

  /** The test service listens on the loopback, which the portal reaches only when told to. */
  private static final OutboundGuard LOOPBACK = OutboundGuard.of(false, "127.0.0.1");

  private static final String CLIENT = "paraph-portal";
  private static final String SECRET = "s3cret-of-the-portal";
  private static final Pkce PKCE = Pkce.generate(new java.security.SecureRandom());
  private static final URI CALLBACK = URI.create("https://portal.example/api/v1/sign/qualified");

  private static CscTestServer csc;
  private static SealingKey qualified;
  private final Clock clock = Clock.systemUTC();
  private final CscLoginForm browser = new CscLoginForm();

  @BeforeAll
  static void startService() {
    csc = CscTestServer.start(CLIENT, SECRET, "seal-1");
    csc.allowRedirectUri(CALLBACK.toString());
    qualified = csc.addUser("qperson", "pass-Q-1", "Qualified Person");
    csc.addUser("other", "pass-O-2", "Other Person");
  }

  @AfterAll
  static void stopService() {
    csc.close();
  }

  @Test
  void thePersonsAuthorisationSignsWithTheirQualifiedCertificate() {
    URI redirect =
        browser.allow(
            portal().authorizationUri(CALLBACK, "state-123", PKCE), "qperson", "pass-Q-1");

    assertTrue(redirect.toString().startsWith(CALLBACK + "?"), redirect::toString);
    assertEquals("state-123", CscLoginForm.parameter(redirect, "state"));
    String token = portal().exchangeCode(CscLoginForm.parameter(redirect, "code"), CALLBACK, PKCE);
    CscCredential credential =
        CscCredential.forPerson(CscClient.forPerson(base(), token, clock, LOOPBACK));

    assertEquals(qualified.chain(), credential.chain());
    byte[] signed =
        new PadesSealer(new PdfInspector())
            .seal(
                TestPdfs.onePage(),
                credential,
                SealOptions.invisible(SealLevel.B_B, "Qualified Person", Instant.now()),
                null);
    Reports reports =
        DssTestValidation.trusting(csc.caCertificate())
            .withCrl(csc.crlUrl(), csc.crl())
            .validate(signed);
    assertEquals(
        List.of(Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(reports),
        DssTestValidation.explain(reports));
    assertTrue(
        reports
            .getSimpleReport()
            .getSignedBy(reports.getSimpleReport().getFirstSignatureId())
            .contains("Qualified Person"),
        DssTestValidation.explain(reports));
  }

  @Test
  void aCodeIsUsedOnceAndOnlyWithItsRedirectUri() {
    URI first =
        browser.allow(portal().authorizationUri(CALLBACK, "s1", PKCE), "qperson", "pass-Q-1");
    String code = CscLoginForm.parameter(first, "code");
    URI elsewhere = URI.create("https://attacker.example/callback");

    assertThrows(
        InvalidCredentialException.class, () -> portal().exchangeCode(code, elsewhere, PKCE));
    URI second =
        browser.allow(portal().authorizationUri(CALLBACK, "s2", PKCE), "qperson", "pass-Q-1");
    String fresh = CscLoginForm.parameter(second, "code");
    portal().exchangeCode(fresh, CALLBACK, PKCE);
    InvalidCredentialException reused =
        assertThrows(
            InvalidCredentialException.class, () -> portal().exchangeCode(fresh, CALLBACK, PKCE));
    assertTrue(reused.getMessage().contains("invalid_grant"), reused.getMessage());
  }

  @Test
  void theAuthorisationRequestCarriesAnS256ChallengeAndACodeIsWorthNothingWithoutItsVerifier() {
    URI authorization = portal().authorizationUri(CALLBACK, "s6", PKCE);
    assertEquals("S256", CscLoginForm.parameter(authorization, "code_challenge_method"));
    assertEquals(PKCE.challenge(), CscLoginForm.parameter(authorization, "code_challenge"));
    int refusalsBefore = csc.pkceRefusals();
    URI redirect = browser.allow(authorization, "qperson", "pass-Q-1");
    String intercepted = CscLoginForm.parameter(redirect, "code");

    Pkce someoneElses = Pkce.generate(new java.security.SecureRandom());
    InvalidCredentialException refused =
        assertThrows(
            InvalidCredentialException.class,
            () -> portal().exchangeCode(intercepted, CALLBACK, someoneElses));

    assertTrue(refused.getMessage().contains("code_verifier"), refused.getMessage());
    assertEquals(refusalsBefore + 1, csc.pkceRefusals());
  }

  @Test
  void aPersonWhoDeniesSendsBackAnErrorAndNoCode() {
    URI redirect =
        browser.deny(portal().authorizationUri(CALLBACK, "s3", PKCE), "qperson", "pass-Q-1");

    assertEquals("access_denied", CscLoginForm.parameter(redirect, "error"));
    assertEquals("s3", CscLoginForm.parameter(redirect, "state"));
    assertNull(CscLoginForm.parameter(redirect, "code"));
  }

  @Test
  void aPersonsTokenReachesNeitherAnotherPersonsCredentialNorTheSeal() throws Exception {
    URI redirect =
        browser.allow(portal().authorizationUri(CALLBACK, "s4", PKCE), "other", "pass-O-2");
    String token = portal().exchangeCode(CscLoginForm.parameter(redirect, "code"), CALLBACK, PKCE);
    CscClient other = CscClient.forPerson(base(), token, clock, LOOPBACK);

    assertEquals(List.of("qes-other"), other.credentialIds());
    byte[] hash = MessageDigest.getInstance("SHA-256").digest("contract".getBytes());
    for (String foreign : List.of("qes-qperson", "seal-1")) {
      InvalidCredentialException refused =
          assertThrows(
              InvalidCredentialException.class,
              () ->
                  other
                      .withCredential(foreign)
                      .signHash(hash, "2.16.840.1.101.3.4.2.1", "1.2.840.113549.1.1.11"));
      assertTrue(refused.getMessage().contains("credentialID"), refused.getMessage());
    }
  }

  @Test
  void anUnregisteredRedirectUriIsRefusedAtTheServiceAndNeverFollowed() {
    URI authorization =
        portal().authorizationUri(URI.create("https://attacker.example/callback"), "s5", PKCE);

    AssertionError refused =
        assertThrows(
            AssertionError.class, () -> browser.allow(authorization, "qperson", "pass-Q-1"));
    assertTrue(refused.getMessage().contains("answered 400"), refused.getMessage());
  }

  private CscClient portal() {
    return new CscClient(new CscSettings(base(), CLIENT, SECRET, ""), clock, LOOPBACK);
  }

  private static URI base() {
    return URI.create(csc.baseUrl());
  }
}
