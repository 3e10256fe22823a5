package org.paraph.verification.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealingKey;
import org.paraph.shared.infrastructure.OutboundGuard;
import org.paraph.testsupport.ProviderSeals;
import org.paraph.testsupport.TestPdfs;
import org.paraph.testsupport.TestTrustedLists;
import org.paraph.testsupport.TrustedListServer;
import org.paraph.trust.infrastructure.DemoCrlIssuer;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;
import org.paraph.verification.domain.Indication;
import org.paraph.verification.domain.SignatureVerdict;
import org.paraph.verification.domain.TrustedListStatus;
import org.paraph.verification.domain.TrustedListStatus.State;
import org.paraph.verification.domain.VerificationReport;

/**
 * The EU trusted lists as a relying party meets them, served from a local HTTP server: a list of
 * trusted lists signed by a key the operator allows, pointing to a national list that names a
 * qualified CA. Keys and lists are generated here; nothing is fetched from the internet.
 */
class EuTrustedListsTest {

  /** The portal's own demo PKI: its seals are test seals. */
  private static DemoPki portal;

  /** A qualified trust service provider elsewhere in the EU, listed in the national list. */
  private static DemoPki qtsp;

  /** The Commission (signs the LOTL) and the national scheme operator (signs the TL). */
  private static DemoPki operators;

  private static byte[] portalSeal;
  private static byte[] qtspSeal;

  private TrustedListServer server;
  @TempDir Path cache;

  @BeforeAll
  static void generateKeysAndSeals() {
    Instant now = Instant.now();
    portal = new DemoPkiGenerator().generate("Portal Org", "http://portal.test", now);
    qtsp = new DemoPkiGenerator().generate("Qualified Provider", "http://qtsp.test", now);
    operators = new DemoPkiGenerator().generate("Scheme Operators", "http://lotl.test", now);
    portalSeal = seal(portal, "Portal Org", SealLevel.B_B);
    // B-LT as a qualified seal from elsewhere comes: revocation data inside, nothing to fetch.
    qtspSeal = seal(qtsp, "Qualified Provider", SealLevel.B_LT);
  }

  @BeforeEach
  void startServer() {
    server = new TrustedListServer();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void aSealByACaOnTheTrustedListPassesAndIsNotATestSeal() {
    EuTrustedLists lists = listsAt(publishLists());

    lists.refresh();

    TrustedListStatus status = lists.status();
    assertEquals(State.LOADED, status.state(), status::toString);
    assertTrue(status.used());
    assertEquals(1, status.trustedLists());
    assertTrue(status.certificates() >= 1, status::toString);
    assertNull(status.problem());
    assertNotNull(status.lastLoaded());
    assertTrue(Duration.between(status.lastLoaded(), Instant.now()).abs().toMinutes() < 5);

    VerificationReport report = verifierWith(lists).verify("qtsp.pdf", qtspSeal, null, null);
    SignatureVerdict verdict = report.signatures().get(0);
    assertEquals(Indication.TOTAL_PASSED, verdict.indication(), verdict.errors()::toString);
    assertFalse(verdict.test(), "a seal trusted through the EU lists is no test seal");
    assertEquals("PAdES-BASELINE-LT", verdict.level());
    assertEquals("BE: Test Qualified Provider", verdict.trustedList());
    assertTrue(report.trustedLists().used());
    assertTrue(report.trustedLists().summary().startsWith("EU trusted lists used: 1 list"));
  }

  @Test
  void withoutTheTrustedListsTheSameSealIsIndeterminate() {
    DssVerifier ownAnchorsOnly = verifierWith(EuTrustedLists.disabled());

    VerificationReport report = ownAnchorsOnly.verify("qtsp.pdf", qtspSeal, null, null);

    SignatureVerdict verdict = report.signatures().get(0);
    assertEquals(Indication.INDETERMINATE, verdict.indication());
    assertEquals("NO_CERTIFICATE_CHAIN_FOUND", verdict.subIndication());
    assertFalse(report.trustedLists().used());
    assertEquals(State.DISABLED, report.trustedLists().state());
  }

  @Test
  void aLotlSignedByAKeyNotAmongTheAllowedSignersIsNotUsed() {
    // The forger publishes a LOTL of his own, listing the same national list, signed with his key.
    String lotlUrl = publishLists(qtsp.timestampAuthority());
    EuTrustedLists lists = listsAt(lotlUrl);

    lists.refresh();

    TrustedListStatus status = lists.status();
    assertEquals(State.UNAVAILABLE, status.state(), status::toString);
    assertFalse(status.used());
    assertTrue(status.problem().contains("not signed by a certificate of PARAPH_LOTL_SIGNERS"));
    assertEquals(0, status.certificates());
    VerificationReport report = verifierWith(lists).verify("qtsp.pdf", qtspSeal, null, null);
    assertEquals(Indication.INDETERMINATE, report.signatures().get(0).indication());
    assertTrue(report.trustedLists().summary().startsWith("EU trusted lists not used: "));
  }

  @Test
  void anUnreachableLotlLeavesThePortalsOwnSealsVerifiable() throws IOException {
    EuTrustedLists lists = listsAt("http://127.0.0.1:" + closedPort() + "/eu-lotl.xml");

    Instant before = Instant.now();
    lists.refresh();

    TrustedListStatus status = lists.status();
    assertEquals(State.UNAVAILABLE, status.state(), status::toString);
    assertTrue(status.problem().startsWith("the list of trusted lists could not be downloaded"));
    assertTrue(Duration.between(before, Instant.now()).toSeconds() < 10, "no retries, no hang");
    VerificationReport report = verifierWith(lists).verify("own.pdf", portalSeal, null, null);
    SignatureVerdict verdict = report.signatures().get(0);
    assertEquals(Indication.TOTAL_PASSED, verdict.indication(), verdict.errors()::toString);
    assertTrue(verdict.test(), "the demo seal is still reported as a test seal");
    assertNull(verdict.trustedList(), "trusted through the portal's own anchor");
    assertEquals(State.UNAVAILABLE, report.trustedLists().state());
  }

  @Test
  void afterARestartWithoutNetworkTheCachedListsAreUsed() {
    String lotlUrl = publishLists();
    EuTrustedLists first = listsAt(lotlUrl);
    first.refresh();
    assertTrue(first.status().used(), first.status()::toString);
    Instant downloaded = first.status().lastLoaded();
    server.close();

    EuTrustedLists afterRestart = listsAt(lotlUrl);
    assertEquals(State.LOADING, afterRestart.status().state());
    afterRestart.loadFromCache();

    assertEquals(State.LOADED, afterRestart.status().state(), afterRestart.status()::toString);
    assertEquals(
        downloaded.truncatedTo(ChronoUnit.SECONDS),
        afterRestart.status().lastLoaded().truncatedTo(ChronoUnit.SECONDS),
        "the time of the download, not of the restart");
    assertEquals(
        Indication.TOTAL_PASSED,
        verifierWith(afterRestart)
            .verify("qtsp.pdf", qtspSeal, null, null)
            .signatures()
            .get(0)
            .indication());

    // The network is still down: the refresh fails, the cached lists stay in use, and it says so.
    afterRestart.refresh();
    TrustedListStatus status = afterRestart.status();
    assertEquals(State.LOADED, status.state(), status::toString);
    assertTrue(status.problem().startsWith("the list of trusted lists could not be downloaded"));
    assertTrue(status.summary().contains("The last refresh failed"), status.summary());
  }

  @Test
  void anExpiredTrustedListGivesNoAnchors() {
    Instant now = Instant.now();
    byte[] expired =
        TestTrustedLists.trustedList(
            "BE",
            qtsp.root().signingCertificate(),
            now.minus(Duration.ofDays(30)),
            now.minus(Duration.ofDays(20)),
            now.minus(Duration.ofDays(1)));
    String tlUrl =
        server.serve("/tl-be.xml", TestTrustedLists.sign(expired, operators.timestampAuthority()));
    String lotlUrl =
        server.serve(
            "/eu-lotl.xml", TestTrustedLists.sign(lotlPointingTo(tlUrl, now), operators.seal()));
    EuTrustedLists lists = listsAt(lotlUrl);

    lists.refresh();

    assertEquals(State.UNAVAILABLE, lists.status().state(), lists.status()::toString);
    assertTrue(lists.status().problem().contains("none of the 1 trusted lists"));
  }

  @Test
  void withoutAllowedSignersNothingIsDownloaded() {
    String lotlUrl = publishLists();
    EuTrustedLists lists =
        new EuTrustedLists(
            lotlUrl,
            List.of(),
            cache,
            Duration.ofSeconds(5),
            OutboundGuard.of(false, "127.0.0.1"),
            null,
            Clock.systemUTC());

    lists.loadFromCache();
    lists.refresh();

    assertEquals(State.UNAVAILABLE, lists.status().state());
    assertTrue(lists.status().problem().contains("PARAPH_LOTL_SIGNERS"));
    assertEquals(0, server.requests("/eu-lotl.xml"));
  }

  /** Publishes the national list and a LOTL signed by the operators' LOTL key. */
  private String publishLists() {
    return publishLists(operators.seal());
  }

  /** Publishes the national list and a LOTL pointing to it, signed by {@code lotlKey}. */
  private String publishLists(SealingKey lotlKey) {
    Instant now = Instant.now();
    byte[] tl =
        TestTrustedLists.trustedList(
            "BE",
            qtsp.root().signingCertificate(),
            now.minus(Duration.ofDays(30)),
            now.minus(Duration.ofDays(1)),
            now.plus(Duration.ofDays(180)));
    String tlUrl =
        server.serve("/tl-be.xml", TestTrustedLists.sign(tl, operators.timestampAuthority()));
    return server.serve("/eu-lotl.xml", TestTrustedLists.sign(lotlPointingTo(tlUrl, now), lotlKey));
  }

  private static byte[] lotlPointingTo(String tlUrl, Instant now) {
    return TestTrustedLists.listOfTrustedLists(
        tlUrl,
        "BE",
        operators.timestampAuthority().signingCertificate(),
        now.minus(Duration.ofDays(1)),
        now.plus(Duration.ofDays(180)));
  }

  /** Lists whose LOTL only the operators' LOTL key may sign. */
  private EuTrustedLists listsAt(String lotlUrl) {
    return new EuTrustedLists(
        lotlUrl,
        List.of(operators.seal().signingCertificate()),
        cache,
        Duration.ofSeconds(5),
        OutboundGuard.of(false, "127.0.0.1"),
        null,
        Clock.systemUTC());
  }

  /** The portal's verifier: its own demo root as (test) anchor, plus the given lists. */
  private static DssVerifier verifierWith(EuTrustedLists lists) {
    X509Certificate root = portal.root().signingCertificate();
    byte[] portalCrl = new DemoCrlIssuer().issue(portal.root(), Instant.now());
    return new DssVerifier(
        List.of(root),
        List.of(root),
        url -> url.equals(portal.crlUrl()) ? Optional.of(portalCrl) : Optional.empty(),
        lists,
        Clock.systemUTC());
  }

  private static byte[] seal(DemoPki pki, String organisation, SealLevel level) {
    return ProviderSeals.seal(pki, TestPdfs.onePage(), organisation, level);
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
