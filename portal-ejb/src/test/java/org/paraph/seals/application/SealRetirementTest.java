package org.paraph.seals.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.seals.domain.RetirementReason;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealRetiredException;
import org.paraph.seals.domain.SealRetirementRefusedException;
import org.paraph.seals.domain.SealingKey;
import org.paraph.seals.domain.UnknownSealException;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.ActorKind;
import org.paraph.shared.domain.FailureKind;

/**
 * Retiring seals and personal certificates, with users and seals in memory and the real key store:
 * the owner or an administrator retires a personal certificate, only an administrator an
 * organisation seal and never the default one; the secret is erased, the certificate kept, the name
 * freed.
 */
class SealRetirementTest {

  private static SealingKey personKey;

  private SealsInMemory memory;
  private final Actor alice = Actor.user("alice", "192.0.2.7", "test");
  private SealRegistration registration;
  private SealRetirement retirement;
  private SealOverviews overviews;

  @BeforeAll
  static void issueACertificate() {
    personKey = SealsInMemory.issueAlicesKey();
  }

  @BeforeEach
  void wire() {
    memory = new SealsInMemory(personKey);
    registration = memory.registration();
    retirement = memory.retirement();
    overviews = memory.overviews();
  }

  @Test
  void aUserRemovesHerCertificateAndAddsANewOneUnderTheSameName() {
    registration.registerPersonalPkcs12(alice, "alice", memory.registration("mine", false));
    Seal first = memory.stored.get(0);

    RetiredSeal retired = retirement.retire(alice, "mine", RetirementReason.KEY_COMPROMISED);

    assertEquals("mine", retired.name());
    assertEquals(
        personKey.signingCertificate().getSerialNumber().toString(16), retired.certificateSerial());
    assertTrue(first.retired());
    assertNull(first.credential().encryptedPassword(), "the secret is erased");
    assertEquals(
        personKey.signingCertificate(),
        memory.sealKeys.chainOf(first).get(0),
        "the certificate stays, for history");
    assertEquals(
        "seal-retired",
        assertThrows(SealRetiredException.class, () -> memory.sealKeys.keyOf(first)).problemType());
    assertTrue(overviews.personalSeals("alice").isEmpty());
    assertTrue(
        memory.audited.get(1).startsWith("SEAL_RETIRED mine by alice"), memory.audited::toString);
    assertTrue(memory.audited.get(1).contains("certificate serial " + retired.certificateSerial()));
    assertTrue(memory.audited.get(1).contains("reason: key compromised"), memory.audited::toString);
    assertEquals(RetirementReason.KEY_COMPROMISED, first.retirementReason().orElseThrow());

    registration.registerPersonalPkcs12(alice, "alice", memory.registration("mine", false));
    assertEquals(
        List.of("mine"),
        overviews.personalSeals("alice").stream().map(SealOverview::name).toList());
    assertNotEquals(first.id(), overviews.personalSeals("alice").get(0).id());
  }

  @Test
  void onlyTheOwnerOrAnAdministratorRetiresAPersonalCertificate() {
    registration.registerPersonalPkcs12(alice, "alice", memory.registration("mine", false));
    Seal mine = memory.stored.get(0);

    SealRetirementRefusedException refused =
        assertThrows(
            SealRetirementRefusedException.class,
            () ->
                retirement.retire(
                    Actor.user("bob", null, null), "mine", RetirementReason.CERTIFICATE_REPLACED));
    assertEquals(FailureKind.FORBIDDEN, refused.kind());
    assertFalse(mine.retired());
    assertThrows(
        SealRetirementRefusedException.class,
        () ->
            retirement.retire(
                new Actor("alice", ActorKind.API_CLIENT, null, null),
                "mine",
                RetirementReason.CERTIFICATE_REPLACED),
        "no process retires a user's certificate in her name");

    retirement.retire(
        Actor.user("admin", null, null),
        mine.id().toString(),
        RetirementReason.CERTIFICATE_REPLACED);
    assertTrue(mine.retired());
    assertEquals("admin", mine.retiredBy().orElseThrow());
  }

  @Test
  void onlyAnAdministratorRetiresAnOrganisationSealAndNeverTheDefaultOne() {
    Actor admin = Actor.user("admin", null, null);
    registration.registerPkcs12(admin, memory.registration("acme", true));
    registration.registerPkcs12(admin, memory.registration("acme-2", false));

    assertEquals(
        FailureKind.FORBIDDEN,
        assertThrows(
                SealRetirementRefusedException.class,
                () -> retirement.retire(alice, "acme-2", RetirementReason.CERTIFICATE_REPLACED))
            .kind());
    SealRetirementRefusedException isDefault =
        assertThrows(
            SealRetirementRefusedException.class,
            () -> retirement.retire(admin, "acme", RetirementReason.CERTIFICATE_REPLACED));
    assertEquals("seal-is-organisation-default", isDefault.problemType());
    assertEquals(
        "unknown-seal",
        assertThrows(
                UnknownSealException.class,
                () -> retirement.retire(admin, "nope", RetirementReason.CERTIFICATE_REPLACED))
            .problemType());

    retirement.retire(admin, "acme-2", RetirementReason.CERTIFICATE_REPLACED);
    assertEquals(List.of("acme"), overviews.overview().stream().map(SealOverview::name).toList());
    assertEquals(
        "unknown-seal",
        assertThrows(
                UnknownSealException.class,
                () -> retirement.retire(admin, "acme-2", RetirementReason.CERTIFICATE_REPLACED))
            .problemType(),
        "its name now names no seal");
  }
}
