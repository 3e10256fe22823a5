package org.paraph.seals.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.ActorKind;
import org.paraph.shared.domain.FailureKind;

/** Who may seal with a personal certificate, and who with a seal of the organisation. */
class PersonalSealTest {

  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
  private static final StoredPkcs12 KEY = new StoredPkcs12(new byte[] {1, 2}, "encrypted");

  private final Seal alices = Seal.personal("alice-cert", "Alice Martin", KEY, "alice", false, NOW);
  private final Seal organisation = new Seal("acme", "ACME SA", KEY, false, true, NOW);

  @Test
  void onlyItsOwnerMaySealWithAPersonalCertificate() {
    assertTrue(alices.usableBy(Actor.user("alice", null, null)));
    assertFalse(alices.usableBy(Actor.user("bob", null, null)));
    assertFalse(alices.usableBy(Actor.user("admin", null, null)), "not even an administrator");
  }

  @Test
  void noProcessMaySealInTheOwnersName() {
    assertFalse(alices.usableBy(Actor.SYSTEM));
    assertFalse(alices.usableBy(new Actor("alice", ActorKind.API_CLIENT, null, null)));
    assertFalse(alices.usableBy(new Actor("alice", ActorKind.PARTICIPANT, null, null)));
  }

  @Test
  void aStrangerIsRefusedWithAForbiddenProblemThatSaysWhy() {
    PersonalSealException refused =
        assertThrows(
            PersonalSealException.class,
            () -> alices.requireUsableBy(Actor.user("bob", null, null)));
    assertEquals(FailureKind.FORBIDDEN, refused.kind());
    assertEquals("personal-seal", refused.problemType());
    assertTrue(refused.getMessage().contains("'alice-cert' is a personal certificate"));
    assertTrue(refused.getMessage().contains("only its owner may seal with it"));
  }

  @Test
  void theOrganisationSealStaysEveryonesToUse() {
    assertFalse(organisation.personal());
    assertTrue(organisation.owner().isEmpty());
    assertDoesNotThrow(() -> organisation.requireUsableBy(Actor.user("bob", null, null)));
    assertDoesNotThrow(() -> organisation.requireUsableBy(Actor.SYSTEM));
  }

  @Test
  void aPersonalCertificateIsNeverTheOrganisationSeal() {
    assertTrue(alices.personal());
    assertEquals("alice", alices.owner().orElseThrow());
    assertFalse(alices.organisationDefault());
  }
}
