package org.paraph.seals.infrastructure.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paraph.testsupport.PdfaFiles;
import org.paraph.testsupport.TestPdfs;

class ArchivalClaimTest {

  @ParameterizedTest
  @EnumSource(PdfaFiles.Flavour.class)
  void aPdfaFileClaimsItsPart(PdfaFiles.Flavour flavour) throws IOException {
    try (PDDocument document = Loader.loadPDF(PdfaFiles.build(flavour))) {
      ArchivalClaim claim = ArchivalClaim.of(document);

      assertEquals(new ArchivalClaim(flavour.part(), true, true), claim);
      assertTrue(claim.needsEmbeddedFonts());
      assertEquals(flavour.part() == 1, claim.forbidsTransparency());
      assertFalse(claim.needsCalibratedRgb(), "an sRGB output intent admits DeviceRGB");
    }
  }

  @Test
  void anOutputIntentThatIsNotRgbAsksForCalibratedColours() throws IOException {
    byte[] pdf = PdfaFiles.build(PdfaFiles.Flavour.PDF_A_2B, PdfaFiles.OutputIntent.GRAY);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      ArchivalClaim claim = ArchivalClaim.of(document);

      assertEquals(new ArchivalClaim(2, true, false), claim);
      assertTrue(claim.needsCalibratedRgb());
    }
  }

  @Test
  void aPdfaFileWithoutOutputIntentAsksForCalibratedColours() throws IOException {
    byte[] pdf = PdfaFiles.build(PdfaFiles.Flavour.PDF_A_1B, PdfaFiles.OutputIntent.NONE);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      ArchivalClaim claim = ArchivalClaim.of(document);

      assertEquals(new ArchivalClaim(1, false, false), claim);
      assertTrue(claim.needsCalibratedRgb());
      assertTrue(claim.needsEmbeddedFonts());
      assertTrue(claim.forbidsTransparency());
    }
    assertTrue(new ArchivalClaim(3, false, false).forbidsTransparency(), "no blending space");
  }

  @Test
  void anOrdinaryDocumentClaimsNothing() throws IOException {
    try (PDDocument document = Loader.loadPDF(TestPdfs.onePage())) {
      ArchivalClaim claim = ArchivalClaim.of(document);

      assertEquals(ArchivalClaim.NONE, claim);
      assertFalse(claim.needsEmbeddedFonts());
      assertFalse(claim.forbidsTransparency());
      assertFalse(claim.needsCalibratedRgb());
    }
  }

  @Test
  void anOutputIntentWithoutIdentificationIsHeldToTheStrictestRules() {
    ArchivalClaim claim = new ArchivalClaim(0, true, true);

    assertTrue(claim.needsEmbeddedFonts());
    assertTrue(claim.forbidsTransparency());
  }

  @Test
  void thePartIsReadAsAnAttributeAndUnderAnyPrefix() {
    assertEquals(
        2,
        ArchivalClaim.pdfaPart(
            "<rdf:Description xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
                + " pdfaid:part=\"2\" pdfaid:conformance=\"U\"/>"));
    assertEquals(
        3,
        ArchivalClaim.pdfaPart(
            "<rdf:Description xmlns:id='http://www.aiim.org/pdfa/ns/id/'>"
                + "<id:part>3</id:part></rdf:Description>"));
    assertEquals(0, ArchivalClaim.pdfaPart("<pdfaid:part>1</pdfaid:part>"), "no namespace bound");
  }
}
