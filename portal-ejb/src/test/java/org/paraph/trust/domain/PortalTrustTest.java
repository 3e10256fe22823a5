package org.paraph.trust.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;

/**
 * Which roots the portal vouches for: a root stays an anchor while a seal in service chains to it
 * and leaves with the last one; a retired seal whose root left is pinned by its own certificate;
 * personal certificates never make an anchor.
 */
class PortalTrustTest {

  private static final Instant RETIRED = Instant.parse("2026-12-01T10:00:00Z");

  private static DemoPki demo;
  private static DemoPki acme;
  private static DemoPki other;

  @BeforeAll
  static void generate() {
    Instant now = Instant.now();
    DemoPkiGenerator generator = new DemoPkiGenerator();
    demo = generator.generate("Demo", "https://demo.test", now);
    acme = generator.generate("ACME", "https://acme.test", now);
    other = generator.generate("Other", "https://other.test", now);
  }

  @Test
  void theDemoRootAndTheRootsOfOrganisationSealsInServiceAreAnchors() {
    PortalTrust trust =
        PortalTrust.of(
            demo.root().chain(),
            List.of(
                inService("acme", acme, false, false),
                inService("alice", other, true, false),
                inService("demo", demo, false, true)));

    assertEquals(List.of(root(demo), root(acme)), trust.anchors(), "demo root once, ACME's root");
    assertFalse(
        trust.anchors().contains(root(other)), "a personal certificate's CA is never an anchor");
    assertEquals(List.of(root(demo)), trust.testAnchors());
    assertEquals(List.of(), trust.retired());
  }

  @Test
  void aRootLeavesWithTheLastSealInServiceThatChainsToItAndItsSealIsPinned() {
    PortalTrust trust =
        PortalTrust.of(
            demo.root().chain(), List.of(retired("acme-2025", acme, false, false, true)));

    assertEquals(List.of(root(demo)), trust.anchors(), "ACME's root left");
    RetiredCertificate pinned = trust.retired().get(0);
    assertEquals("acme-2025", pinned.sealName());
    assertEquals(acme.seal().signingCertificate(), pinned.certificate(), "its own certificate");
    assertTrue(pinned.pinned(), "what it sealed keeps verifying through its own certificate");
    assertTrue(pinned.keyCompromised());
    assertEquals(RETIRED, pinned.retiredAt());
  }

  @Test
  void aSharedRootStaysWhileAnotherSealInServiceChainsToIt() {
    PortalTrust trust =
        PortalTrust.of(
            demo.root().chain(),
            List.of(
                retired("acme-2025", acme, false, false, true),
                inService("acme-2026", acme, false, true)));

    assertEquals(List.of(root(demo), root(acme)), trust.anchors());
    assertEquals(
        List.of(root(demo), root(acme)), trust.testAnchors(), "the one in service is TEST");
    RetiredCertificate retired = trust.retired().get(0);
    assertFalse(retired.pinned(), "its root is still an anchor: no need to pin it");
    assertTrue(retired.keyCompromised(), "but it still counts as revoked");
  }

  @Test
  void aRetiredSealOfTheDemoRootIsNotPinnedAndAPersonalOneNeverIs() {
    PortalTrust trust =
        PortalTrust.of(
            demo.root().chain(),
            List.of(
                retired("demo-old", demo, false, true, false),
                retired("alice-old", other, true, false, true)));

    assertEquals(List.of(root(demo)), trust.anchors(), "the demo root is always an anchor");
    assertFalse(trust.retired().get(0).pinned());
    assertFalse(
        trust.retired().get(1).pinned(),
        "a personal certificate's CA was never an anchor: retiring it trusts nothing new");
    assertTrue(trust.retired().get(1).keyCompromised(), "but a compromise still counts");
  }

  @Test
  void aRetiredTestSealStaysATestSealWhenPinned() {
    PortalTrust trust =
        PortalTrust.of(demo.root().chain(), List.of(retired("lab", acme, false, true, false)));

    assertTrue(trust.retired().get(0).pinned());
    assertTrue(trust.retired().get(0).test());
    assertFalse(trust.testAnchors().contains(root(acme)));
  }

  private static SealCertificates inService(
      String name, DemoPki pki, boolean personal, boolean test) {
    return new SealCertificates(name, pki.seal().chain(), personal, test, null, false);
  }

  private static SealCertificates retired(
      String name, DemoPki pki, boolean personal, boolean test, boolean keyCompromised) {
    return new SealCertificates(name, pki.seal().chain(), personal, test, RETIRED, keyCompromised);
  }

  private static X509Certificate root(DemoPki pki) {
    return pki.root().signingCertificate();
  }
}
