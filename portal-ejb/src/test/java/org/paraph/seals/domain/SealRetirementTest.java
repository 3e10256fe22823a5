package org.paraph.seals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paraph.shared.domain.FailureKind;

/**
 * A retired seal no longer seals, says so with when, loses its secret whatever kind of key it has,
 * keeps its name for history while freeing it for a new seal, and the organisation seal cannot be
 * retired.
 */
class SealRetirementTest {

  private static final Instant CREATED = Instant.parse("2026-01-05T09:00:00Z");
  private static final Instant RETIRED = Instant.parse("2026-11-21T14:42:31Z");

  @Test
  void aRetiredSealRefusesToSealWithAConflictNamingItAndWhen() {
    Seal seal = pkcs12("acme-2025", false);
    seal.retire("admin", RETIRED, List.of(), RetirementReason.OTHER);

    assertTrue(seal.retired());
    assertEquals(RETIRED, seal.retiredAt().orElseThrow());
    assertEquals("admin", seal.retiredBy().orElseThrow());
    SealRetiredException refused = assertThrows(SealRetiredException.class, seal::requireInService);
    assertEquals(FailureKind.CONFLICT, refused.kind());
    assertEquals("seal-retired", refused.problemType());
    assertEquals(
        "The seal 'acme-2025' was retired on 2026-11-21 14:42 UTC and can no longer seal: choose"
            + " another seal.",
        refused.getMessage());
  }

  @Test
  void aRetiredSealKeepsWhyAndOnlyAKeyCompromiseCountsAsOne() {
    Seal inService = pkcs12("acme-2025", false);
    assertTrue(inService.retirementReason().isEmpty(), "no reason while in service");
    Seal leaked = pkcs12("acme-leaked", false);
    leaked.retire("admin", RETIRED, List.of(), RetirementReason.KEY_COMPROMISED);
    assertEquals(RetirementReason.KEY_COMPROMISED, leaked.retirementReason().orElseThrow());
    assertTrue(leaked.retirementReason().orElseThrow().keyCompromised());
    assertEquals(1, RetirementReason.KEY_COMPROMISED.rfc5280Code(), "RFC 5280 keyCompromise");
    assertEquals(4, RetirementReason.CERTIFICATE_REPLACED.rfc5280Code(), "superseded");
    assertEquals(5, RetirementReason.HOLDER_LEFT.rfc5280Code(), "cessationOfOperation");
    for (RetirementReason other :
        List.of(
            RetirementReason.CERTIFICATE_REPLACED,
            RetirementReason.HOLDER_LEFT,
            RetirementReason.OTHER,
            RetirementReason.NOT_STATED)) {
      assertFalse(other.keyCompromised(), other::name);
    }
    assertEquals(
        RetirementReason.KEY_COMPROMISED, RetirementReason.parse(" key-compromised").orElseThrow());
    assertTrue(RetirementReason.parse("stolen").isEmpty());
    assertFalse(
        List.of(RetirementReason.choices()).contains(RetirementReason.NOT_STATED),
        "a person states a reason; only API clients that send none get NOT_STATED");
  }

  @Test
  void retiringAPkcs12SealErasesTheFileAndItsPasswordAndKeepsTheChain() {
    Seal seal = pkcs12("acme-2025", false);
    seal.retire("admin", RETIRED, List.of(), RetirementReason.OTHER);

    assertNull(seal.credential().encryptedPassword());
    assertThrows(IllegalStateException.class, () -> seal.credential().pkcs12());
    assertTrue(seal.retiredChain().isPresent(), "the certificates stay, for history");
  }

  @Test
  void retiringAPkcs11SealErasesThePin() {
    Seal seal =
        Seal.pkcs11(
            "hsm",
            "ACME",
            new StoredPkcs11("/usr/lib/p11.so", List.of(1L), "seal", "encrypted-pin", List.of()),
            false,
            false,
            CREATED);
    seal.retire("admin", RETIRED, List.of(), RetirementReason.OTHER);

    assertNull(seal.pkcs11().encryptedPin());
    assertEquals("seal", seal.pkcs11().keyLabel(), "where the key was stays on record");
  }

  @Test
  void retiringACscSealErasesTheClientSecret() {
    Seal seal =
        Seal.csc(
            "remote",
            "ACME",
            new StoredCsc("https://tsp.test/csc/v2", "portal", "encrypted-secret", "c1", List.of()),
            false,
            false,
            CREATED);
    seal.retire("admin", RETIRED, List.of(), RetirementReason.OTHER);

    assertNull(seal.csc().encryptedClientSecret());
    assertEquals("c1", seal.csc().credentialId());
  }

  @Test
  void theOrganisationSealCannotBeRetiredWhileItIsTheDefault() {
    Seal seal = pkcs12("demo", true);

    SealRetirementRefusedException refused =
        assertThrows(
            SealRetirementRefusedException.class,
            () -> seal.retire("admin", RETIRED, List.of(), RetirementReason.OTHER));
    assertEquals(FailureKind.CONFLICT, refused.kind());
    assertEquals("seal-is-organisation-default", refused.problemType());
    assertTrue(refused.getMessage().contains("make another seal the organisation seal first"));
    assertFalse(seal.retired());
    assertEquals("encrypted", seal.credential().encryptedPassword(), "nothing erased");

    seal.stopBeingOrganisationDefault();
    seal.retire("admin", RETIRED, List.of(), RetirementReason.OTHER);
    assertTrue(seal.retired());
  }

  @Test
  void aSealIsRetiredOnce() {
    Seal seal = pkcs12("acme-2025", false);
    seal.retire("admin", RETIRED, List.of(), RetirementReason.OTHER);

    assertThrows(
        SealRetiredException.class,
        () -> seal.retire("admin", RETIRED.plusSeconds(5), List.of(), RetirementReason.OTHER));
    assertEquals(RETIRED, seal.retiredAt().orElseThrow());
  }

  private static Seal pkcs12(String name, boolean organisationDefault) {
    return new Seal(
        name,
        "ACME SA",
        new StoredPkcs12(new byte[] {1, 2, 3}, "encrypted"),
        false,
        organisationDefault,
        CREATED);
  }
}
