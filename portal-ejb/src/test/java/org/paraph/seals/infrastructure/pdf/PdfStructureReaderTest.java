package org.paraph.seals.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Test;
import org.paraph.documents.domain.PdfTooComplexException;
import org.paraph.testsupport.PdfBombs;

/** The portal's own reader inflates nothing past the limit, and says so rather than step aside. */
class PdfStructureReaderTest {

  private static final long LIMIT = 4 * 1024 * 1024;
  private static final long OVER = LIMIT + 64 * 1024;
  private static final long UNDER = LIMIT - 64 * 1024;

  @Test
  void refusesACrossReferenceStreamThatInflatesPastTheLimit() {
    byte[] bomb = PdfBombs.crossReferenceStream(OVER);

    PdfTooComplexException refusal =
        assertThrows(PdfTooComplexException.class, () -> PdfStructureReader.open(bomb, LIMIT));

    assertEquals("pdf-too-complex", refusal.problemType());
  }

  @Test
  void readsTheSameCrossReferenceStreamUnderTheLimit() throws Exception {
    PdfStructureReader reader =
        PdfStructureReader.open(PdfBombs.crossReferenceStream(UNDER), LIMIT).orElseThrow();

    assertTrue(
        reader.resolve(1) instanceof COSDictionary catalog
            && COSName.CATALOG.equals(catalog.getCOSName(COSName.TYPE)));
  }

  @Test
  void refusesAnObjectStreamThatInflatesPastTheLimit() {
    PdfStructureReader reader =
        PdfStructureReader.open(PdfBombs.objectStream(OVER), LIMIT).orElseThrow();

    assertThrows(PdfTooComplexException.class, () -> reader.resolve(1));
  }

  @Test
  void readsTheSameObjectStreamUnderTheLimit() throws Exception {
    PdfStructureReader reader =
        PdfStructureReader.open(PdfBombs.objectStream(UNDER), LIMIT).orElseThrow();

    assertTrue(
        reader.resolve(1) instanceof COSDictionary catalog
            && COSName.CATALOG.equals(catalog.getCOSName(COSName.TYPE)));
  }
}
