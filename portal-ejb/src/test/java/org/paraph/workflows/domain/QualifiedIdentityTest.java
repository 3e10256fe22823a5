package org.paraph.workflows.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QualifiedIdentityTest {

  @Test
  void theSameNameMatchesWhateverItsCaseAccentsPunctuationAndOrder() {
    assertTrue(QualifiedIdentity.names("Élise", "Dupont-Moreau", List.of("DUPONT MOREAU Elise")));
    assertTrue(QualifiedIdentity.names("Łukasz", "Żółć", List.of("Lukasz Zolc")));
    assertTrue(QualifiedIdentity.names("Ελένη", "Παπαδοπούλου", List.of("ΕΛΕΝΗ ΠΑΠΑΔΟΠΟΥΛΟΥ")));
  }

  @Test
  void aCertificateMayGiveMoreNamesThanTheInvitation() {
    assertTrue(
        QualifiedIdentity.names(
            "Elise", "Dupont", List.of("Elise Marie Dupont-Moreau", "Elise Marie", "Dupont")));
  }

  @Test
  void givenNameAndSurnameAttributesCountWhenTheCommonNameIsSomethingElse() {
    assertTrue(QualifiedIdentity.names("Jan", "Novák", List.of("JN 1984-03-02", "Jan", "Novák")));
  }

  @Test
  void anotherPersonDoesNotMatch() {
    assertFalse(QualifiedIdentity.names("Quentin", "Person", List.of("Olivia Other")));
    assertFalse(QualifiedIdentity.names("Quentin", "Person", List.of("Quentin Personne")));
  }

  @Test
  void everyPartOfTheInvitedNameMustBeCertified() {
    assertFalse(QualifiedIdentity.names("Élise", "Dupont-Moreau", List.of("Elise Dupont")));
  }

  @Test
  void aCertificateWithoutANameOrAnInvitationWithoutOneNeverMatches() {
    assertFalse(QualifiedIdentity.names("Quentin", "Person", List.of()));
    assertFalse(QualifiedIdentity.names("", " ", List.of("Anyone")));
    assertFalse(QualifiedIdentity.names(null, null, List.of("Anyone")));
  }
}
