package org.paraph.seals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocumentRetentionTest {

  @Test
  void alwaysKeepsAndRefusesARequestNotToKeep() {
    assertTrue(DocumentRetention.ALWAYS.keeps(null, "acme"));
    assertTrue(DocumentRetention.ALWAYS.keeps(true, "acme"));
    InvalidSealOptionException refused =
        assertThrows(
            InvalidSealOptionException.class, () -> DocumentRetention.ALWAYS.keeps(false, "acme"));
    assertEquals("option-not-applicable", refused.problemType());
  }

  @Test
  void byDefaultKeepsUnlessTheRequestSaysNot() {
    assertTrue(DocumentRetention.BY_DEFAULT.keeps(null, "acme"));
    assertTrue(DocumentRetention.BY_DEFAULT.keeps(true, "acme"));
    assertFalse(DocumentRetention.BY_DEFAULT.keeps(false, "acme"));
  }

  @Test
  void onRequestKeepsOnlyWhenTheRequestAsks() {
    assertFalse(DocumentRetention.ON_REQUEST.keeps(null, "acme"));
    assertTrue(DocumentRetention.ON_REQUEST.keeps(true, "acme"));
    assertFalse(DocumentRetention.ON_REQUEST.keeps(false, "acme"));
  }

  @Test
  void aSealRegisteredBeforeRetentionExistedKeepsAsItDidUnlessAskedNot() {
    assertEquals(DocumentRetention.BY_DEFAULT, new SealPolicy().documentRetention());
  }
}
