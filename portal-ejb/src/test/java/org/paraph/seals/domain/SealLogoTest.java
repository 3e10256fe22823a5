package org.paraph.seals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paraph.shared.domain.ImageSize;
import org.paraph.testsupport.PdfBombs;

class SealLogoTest {

  @Test
  void refusesALogoDeclaringHugeDimensionsFromItsHeader() {
    // 40,000 x 40,000 grey pixels: 1.6 GB once decoded, a few hundred bytes on disk.
    byte[] bomb = PdfBombs.png(40_000, 40_000);
    assertTrue(bomb.length < 1024, "small on disk: " + bomb.length);

    InvalidSealSettingsException refusal =
        assertThrows(InvalidSealSettingsException.class, () -> SealLogo.read(bomb));

    assertEquals("invalid-logo", refusal.problemType());
    assertTrue(refusal.getMessage().contains("40000 x 40000 pixels"), refusal.getMessage());
  }

  @Test
  void readsTheDeclaredSizeWithoutDecoding() {
    assertEquals(new ImageSize(40_000, 30_000), ImageSize.of(PdfBombs.png(40_000, 30_000)).get());
  }

  @Test
  void acceptsALogoWithinTheLimit() {
    SealLogo logo = SealLogo.read(PdfBombs.png(64, 1));

    assertEquals(64, logo.width());
    assertEquals("image/png", logo.mediaType());
  }
}
