package org.paraph.identity.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher(1_000);

  @Test
  void theRightPasswordMatchesAndAWrongOneDoesNot() {
    String stored = hasher.hash("correct horse".toCharArray());

    assertTrue(hasher.matches("correct horse".toCharArray(), stored));
    assertFalse(hasher.matches("correct horse ".toCharArray(), stored));
    assertFalse(hasher.matches("".toCharArray(), stored));
  }

  @Test
  void theStoredFormNamesTheSchemeAndCostAndHoldsNoPassword() {
    String stored = hasher.hash("s3cret".toCharArray());
    assertTrue(stored.startsWith("pbkdf2-sha256$1000$"), stored);
    assertFalse(stored.contains("s3cret"));
  }

  @Test
  void eachHashHasItsOwnSalt() {
    assertNotEquals(hasher.hash("same".toCharArray()), hasher.hash("same".toCharArray()));
  }

  @Test
  void aHashMadeWithAnotherCostStillMatches() {
    String stored = new PasswordHasher(2_000).hash("pw".toCharArray());
    assertTrue(hasher.matches("pw".toCharArray(), stored));
  }

  @Test
  void aDamagedStoredFormNeverMatches() {
    assertFalse(hasher.matches("pw".toCharArray(), "plain-text-password"));
    assertFalse(hasher.matches("pw".toCharArray(), "pbkdf2-sha256$x$y$z"));
    assertFalse(hasher.matches("pw".toCharArray(), "md5$1$abc$def"));
  }

  @Test
  void theDefaultCostFollowsCurrentGuidance() {
    assertTrue(PasswordHasher.DEFAULT_ITERATIONS >= 600_000);
  }

  @Test
  void aHashOfLowerCostOrAnotherSchemeAsksForAnUpgradeAndOneOfTheCurrentCostDoesNot() {
    assertTrue(hasher.needsUpgrade(new PasswordHasher(500).hash("pw".toCharArray())));
    assertTrue(hasher.needsUpgrade("md5$1$abc$def"));
    assertFalse(hasher.needsUpgrade(hasher.hash("pw".toCharArray())));
    assertFalse(hasher.needsUpgrade(new PasswordHasher(2_000).hash("pw".toCharArray())));
  }

  @Test
  void theDefaultHasherUpgradesAHashOfTheFormerDefaultCost() {
    String former = new PasswordHasher(210_000).hash("pw".toCharArray());
    assertTrue(new PasswordHasher().needsUpgrade(former));
  }
}
