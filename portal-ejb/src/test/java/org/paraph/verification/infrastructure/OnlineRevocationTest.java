package org.paraph.verification.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealingKey;
import org.paraph.seals.infrastructure.LongTermValidationSources;
import org.paraph.seals.infrastructure.sealing.PadesSealer;
import org.paraph.shared.infrastructure.OutboundGuard;
import org.paraph.testsupport.RevocationTestCa;
import org.paraph.testsupport.TestPdfs;
import org.paraph.trust.infrastructure.DemoCrlIssuer;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;
import org.paraph.trust.infrastructure.DemoTimestampAuthority;
import org.paraph.trust.infrastructure.DemoTspSource;
import org.paraph.trust.infrastructure.LocalCrlSource;
import org.paraph.verification.domain.Indication;
import org.paraph.verification.domain.RevocationSource;
import org.paraph.verification.domain.SignatureVerdict;
import org.paraph.verification.domain.VerdictWording;

/**
 * A seal by a certificate of a CA that is not the portal's: the verifier asks that CA's OCSP
 * responder and CRL distribution point, served on loopback, and says what it used or why it could
 * not. The CA's root is a trust anchor (as with PARAPH_TRUST_ANCHORS); the timestamps come from the
 * demo timestamp authority, whose CRL the portal answers itself.
 */
class OnlineRevocationTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(1);

  private static DemoPki demo;
  private static byte[] demoCrl;
  private static DemoTspSource tsp;
  private static PadesSealer sealer;

  private RevocationTestCa ca;
  private ValidationDataFetcher fetcher;

  @BeforeAll
  static void demoTimestampAuthority() {
    Instant now = Instant.now();
    demo = new DemoPkiGenerator().generate("Revocation Test Org", "https://paraph.test", now);
    demoCrl = new DemoCrlIssuer().issue(demo.root(), now);
    tsp =
        new DemoTspSource(
            new DemoTimestampAuthority(demo.timestampAuthority(), Clock.systemUTC()),
            demo.timestampAuthority().chain());
    sealer =
        new PadesSealer(
            new PdfInspector(),
            new LongTermValidationSources(
                List.of(demo.root().signingCertificate()),
                new LocalCrlSource(OnlineRevocationTest::demoCrlAt)));
  }

  @BeforeEach
  void startCa() {
    ca = new RevocationTestCa();
  }

  @AfterEach
  void stop() throws Exception {
    if (fetcher != null) {
      fetcher.close();
    }
    ca.close();
  }

  @Test
  void aTimestampedSealByAGoodCertificatePassesWithTheResponderAnswer() {
    byte[] sealed = sealBy(ca.issueSigner("Good Seal"));

    SignatureVerdict verdict = verifyAllowingPrivate(sealed);

    assertEquals(Indication.TOTAL_PASSED, verdict.indication(), verdict.errors()::toString);
    assertEquals("PAdES-BASELINE-T", verdict.level());
    assertTrue(verdict.revocation().checked(), verdict.revocation()::toString);
    RevocationSource source = verdict.revocation().sources().get(0);
    assertEquals("OCSP", source.type());
    assertEquals("127.0.0.1", source.host());
    assertEquals(RevocationSource.Origin.FETCHED, source.origin());
    assertEquals("GOOD", source.status());
    assertEquals(1, ca.requests(RevocationTestCa.OCSP_PATH));
    assertEquals(
        "Revocation checked: OCSP answer fetched from 127.0.0.1: not revoked",
        VerdictWording.revocation(verdict));
  }

  @Test
  void aRevokedCertificateIsReportedRevoked() {
    SealingKey signer = ca.issueSigner("Revoked Seal");
    Instant revokedAt = Instant.now().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);
    ca.revoke(signer.signingCertificate(), revokedAt);
    byte[] sealed = sealBy(signer);

    SignatureVerdict verdict = verifyAllowingPrivate(sealed);

    assertNotEquals(Indication.TOTAL_PASSED, verdict.indication());
    assertTrue(verdict.subIndication().startsWith("REVOKED"), () -> verdict.subIndication() + "");
    assertTrue(verdict.revocation().revoked(), verdict.revocation()::toString);
    assertEquals(revokedAt, verdict.revocation().sources().get(0).revokedAt());
    assertTrue(
        VerdictWording.revocation(verdict).startsWith("Revoked certificate: OCSP answer fetched"),
        VerdictWording.revocation(verdict));
    assertTrue(
        VerdictWording.headline(verdict).contains("revoked"), VerdictWording.headline(verdict));
  }

  @Test
  void aResponderThatDoesNotAnswerLeavesTheSignatureIndeterminateAndSaysWhy() {
    byte[] sealed = sealBy(ca.issueSigner("Unlucky Seal"));
    ca.hang();

    SignatureVerdict verdict =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> verifyAllowingPrivate(sealed));

    assertEquals(Indication.INDETERMINATE, verdict.indication());
    assertFalse(verdict.revocation().checked());
    assertEquals(
        List.of(
            "OCSP at 127.0.0.1: no answer within 1 second",
            "CRL at 127.0.0.1: no answer within 1 second"),
        verdict.revocation().problems());
    assertEquals(
        "Revocation not checked: OCSP at 127.0.0.1: no answer within 1 second; CRL at 127.0.0.1:"
            + " no answer within 1 second",
        VerdictWording.revocation(verdict));
  }

  @Test
  void aResponderThatRefusesToAnswerIsNamedAndTheCrlServesInstead() {
    byte[] sealed = sealBy(ca.issueSigner("Foreign Seal"));
    ca.refuseOcsp();

    SignatureVerdict verdict = verifyAllowingPrivate(sealed);

    assertEquals(Indication.TOTAL_PASSED, verdict.indication(), verdict.errors()::toString);
    assertEquals(1, ca.requests(RevocationTestCa.CRL_PATH));
    assertEquals(
        "Revocation checked: CRL fetched from 127.0.0.1: not revoked (could not be used: OCSP at"
            + " 127.0.0.1: answered \"unauthorized\")",
        VerdictWording.revocation(verdict));
  }

  @Test
  void loopbackAddressesAreRefusedWithoutAConnectionUnlessAllowed() {
    byte[] sealed = sealBy(ca.issueSigner("Inside Seal"));

    SignatureVerdict verdict = verify(sealed, false);

    assertEquals(0, ca.requests(), "no request may reach the loopback server");
    assertEquals(Indication.INDETERMINATE, verdict.indication());
    assertFalse(verdict.revocation().checked());
    List<String> problems = verdict.revocation().problems();
    assertEquals(2, problems.size(), problems::toString);
    assertTrue(
        problems
            .get(0)
            .startsWith("OCSP at 127.0.0.1: refused: 127.0.0.1 is in 127.0.0.0/8, loopback"),
        problems::toString);
    assertTrue(problems.get(1).contains("PARAPH_FETCH_ALLOW_PRIVATE=true"), problems::toString);
  }

  @Test
  void twoVerificationsWithinTheCacheTimeAskTheResponderOnce() {
    byte[] sealed = sealBy(ca.issueSigner("Popular Seal"));
    DssVerifier verifier = verifier(true);

    SignatureVerdict first = verifier.verify("a.pdf", sealed, null, null).signatures().get(0);
    SignatureVerdict second = verifier.verify("b.pdf", sealed, null, null).signatures().get(0);

    assertEquals(Indication.TOTAL_PASSED, first.indication(), first.errors()::toString);
    assertEquals(Indication.TOTAL_PASSED, second.indication(), second.errors()::toString);
    assertTrue(second.revocation().checked());
    assertEquals(1, ca.requests(), "one fetch for both");
  }

  @Test
  void aResponderThatIsDownIsNotAskedAgainByTheNextVerification() {
    byte[] sealed = sealBy(ca.issueSigner("Patient Seal"));
    ca.hang();
    DssVerifier verifier = verifier(true);

    SignatureVerdict first = verifier.verify("a.pdf", sealed, null, null).signatures().get(0);
    SignatureVerdict second = verifier.verify("b.pdf", sealed, null, null).signatures().get(0);

    assertEquals(1, ca.requests(RevocationTestCa.OCSP_PATH));
    assertEquals(1, ca.requests(RevocationTestCa.CRL_PATH));
    assertEquals(first.revocation().problems(), second.revocation().problems());
    assertEquals(Indication.INDETERMINATE, second.indication());
  }

  @Test
  void withoutOnlineChecksNothingIsFetchedAndTheReportSaysSo() {
    byte[] sealed = sealBy(ca.issueSigner("Offline Seal"));
    DssVerifier offline =
        new DssVerifier(anchors(), List.of(), OnlineRevocationTest::demoCrlAt, Clock.systemUTC());

    SignatureVerdict verdict = offline.verify("s.pdf", sealed, null, null).signatures().get(0);

    assertEquals(0, ca.requests());
    assertEquals(Indication.INDETERMINATE, verdict.indication());
    assertEquals(
        "Revocation not checked: the verifier does not fetch revocation data online here"
            + " (PARAPH_VERIFY_ONLINE=false)",
        VerdictWording.revocation(verdict));
  }

  @Test
  void theDemoTimestampAuthorityIsCheckedAgainstThePortalsOwnCrlWithoutTheNetwork() {
    byte[] sealed =
        sealer.seal(
            TestPdfs.onePage(),
            demo.seal(),
            SealOptions.invisible(SealLevel.B_T, "Revocation Test Org", Instant.now()),
            tsp);

    SignatureVerdict verdict = verify(sealed, false);

    assertEquals(Indication.TOTAL_PASSED, verdict.indication(), verdict.errors()::toString);
    RevocationSource source = verdict.revocation().sources().get(0);
    assertEquals("CRL", source.type());
    assertEquals(RevocationSource.Origin.PORTAL, source.origin());
    assertEquals(List.of(), verdict.revocation().problems());
    assertEquals(0, fetcher.requestsSent());
  }

  private SignatureVerdict verifyAllowingPrivate(byte[] sealed) {
    return verify(sealed, true);
  }

  private SignatureVerdict verify(byte[] sealed, boolean allowPrivate) {
    return verifier(allowPrivate).verify("sealed.pdf", sealed, null, null).signatures().get(0);
  }

  private DssVerifier verifier(boolean allowPrivate) {
    fetcher =
        new ValidationDataFetcher(
            TIMEOUT,
            ValidationDataFetcher.DEFAULT_MAX_BYTES,
            Duration.ofMinutes(5),
            allowPrivate ? OutboundGuard.of(false, "127.0.0.1") : OutboundGuard.strict(),
            Clock.systemUTC());
    return new DssVerifier(
        anchors(),
        List.of(demo.root().signingCertificate()),
        OnlineRevocationTest::demoCrlAt,
        EuTrustedLists.disabled(),
        Optional.of(fetcher),
        Clock.systemUTC());
  }

  private List<X509Certificate> anchors() {
    return List.of(ca.rootCertificate(), demo.root().signingCertificate());
  }

  private static byte[] sealBy(SealingKey signer) {
    return sealer.seal(
        TestPdfs.onePage(),
        signer,
        SealOptions.invisible(SealLevel.B_T, "Revocation Test", Instant.now()),
        tsp);
  }

  private static Optional<byte[]> demoCrlAt(String url) {
    return url.equals(demo.crlUrl()) ? Optional.of(demoCrl) : Optional.empty();
  }
}
