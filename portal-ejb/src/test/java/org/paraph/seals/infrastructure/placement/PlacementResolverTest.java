package org.paraph.seals.infrastructure.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.seals.domain.InvalidPlacementException;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.PlacementRequest;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.infrastructure.sealing.PadesSealer;
import org.paraph.testsupport.DssTestValidation;
import org.paraph.testsupport.SignatureWidgets;
import org.paraph.testsupport.TestPdfs;
import org.paraph.testsupport.TestPdfs.Text;
import org.paraph.trust.infrastructure.DemoCrlIssuer;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;

/** Placement by keyword and by signature field, resolved and then sealed for real. */
class PlacementResolverTest {

  private static final String ORGANISATION = "Acme Records, Ltd.";

  /** The empty signature field of the form, on page 2: x 300-500, y 100-160 in PDF space. */
  private static final PDRectangle APPROVER_RECT = new PDRectangle(300, 100, 200, 60);

  private static DemoPki pki;
  private static DssTestValidation validation;

  private final PdfInspector inspector = new PdfInspector();
  private final PlacementResolver resolver = new PlacementResolver();
  private final PadesSealer sealer = new PadesSealer(inspector);

  @BeforeAll
  static void generateDemoPki() {
    Instant now = Instant.now();
    pki = new DemoPkiGenerator().generate(ORGANISATION, "https://paraph.test", now);
    validation =
        DssTestValidation.trusting(pki.root().signingCertificate())
            .withCrl(pki.crlUrl(), new DemoCrlIssuer().issue(pki.root(), now));
  }

  @Test
  void aSealAtAKeywordHasItsTopLeftCornerThereAndValidates() {
    byte[] pdf =
        TestPdfs.withTexts(2, new Text(1, "Draft", 72, 80), new Text(2, "SEAL-HERE", 120, 400));

    SealOptions options = resolve(pdf, PlacementRequest.atKeyword("SEAL-HERE"));
    byte[] sealed = seal(pdf, options);

    Placement box = options.placement();
    assertEquals(2, box.page());
    assertEquals(120, box.x(), 1f);
    assertEquals(400 - TestPdfs.CAP_HEIGHT, box.y(), 1f);
    assertEquals(PlacementRequest.DEFAULT_WIDTH, box.width());
    assertEquals(PlacementRequest.DEFAULT_HEIGHT, box.height());
    assertBox(box, onlyWidget(sealed));
    assertValid(sealed);
  }

  @Test
  void aKeywordNearTheCornerKeepsTheBoxOnThePageAndTheSizeAsked() {
    // A4 is 595.28 x 841.89 points.
    byte[] pdf = TestPdfs.withTexts(1, new Text(1, "Seal", 520, 830));

    SealOptions options = resolve(pdf, new PlacementRequest.AtKeyword("Seal", 150, 50));
    byte[] sealed = seal(pdf, options);

    assertBox(new Placement(1, 595.28f - 150, 841.89f - 50, 150, 50), options.placement());
    assertBox(options.placement(), onlyWidget(sealed));
  }

  @Test
  void aKeywordOnATurnedPageIsWhereTheReaderSeesIt() {
    byte[] pdf = TestPdfs.withTexts(1, 90, null, new Text(1, "Seal:", 400, 120));

    SealOptions options = resolve(pdf, PlacementRequest.atKeyword("Seal:"));
    byte[] sealed = seal(pdf, options);

    assertEquals(400, options.placement().x(), 1f);
    assertEquals(120 - TestPdfs.CAP_HEIGHT, options.placement().y(), 1f);
    assertBox(options.placement(), onlyWidget(sealed));
    assertValid(sealed);
  }

  @Test
  void anAbsentKeywordIsRefusedNamingIt() {
    byte[] pdf = TestPdfs.withTexts(2, new Text(1, "Signature", 72, 300));

    InvalidPlacementException refusal =
        assertThrows(
            InvalidPlacementException.class,
            () -> resolve(pdf, PlacementRequest.atKeyword("Stamp here")));

    assertEquals("keyword-not-found", refusal.problemType());
    assertTrue(refusal.getMessage().contains("'Stamp here'"), refusal.getMessage());
  }

  @Test
  void aSealInAnEmptyFieldFillsItWhereItIsAndValidates() throws IOException {
    byte[] pdf = TestPdfs.withSignatureFields("Approver", 2, APPROVER_RECT);

    SealOptions options = resolve(pdf, PlacementRequest.inField("Approver"));
    byte[] sealed = seal(pdf, options);

    assertEquals("Approver", options.field());
    // x from the left, y from the top of the 841.89-point-high page
    assertBox(new Placement(2, 300, 841.89f - 160, 200, 60), options.placement());
    assertValid(sealed);
    try (PDDocument document = Loader.loadPDF(sealed)) {
      assertEquals(2, document.getSignatureFields().size(), "no field added");
      PDSignatureField approver = field(document, "Approver");
      assertNotNull(approver.getSignature(), "the field holds the seal");
      assertEquals(
          ORGANISATION, document.getLastSignatureDictionary().getName(), "and it is this seal");
      PDRectangle rect = approver.getWidgets().get(0).getRectangle();
      assertEquals(APPROVER_RECT.getLowerLeftX(), rect.getLowerLeftX(), 0.01f);
      assertEquals(APPROVER_RECT.getLowerLeftY(), rect.getLowerLeftY(), 0.01f);
      assertEquals(APPROVER_RECT.getWidth(), rect.getWidth(), 0.01f);
      assertEquals(APPROVER_RECT.getHeight(), rect.getHeight(), 0.01f);
      assertNotNull(
          approver.getWidgets().get(0).getNormalAppearanceStream(), "the annotation is drawn");
      assertEquals(1, document.getPage(1).getAnnotations().size(), "no widget added to page 2");
    }
  }

  @Test
  void aSealInAFieldWithoutVisibleWidgetIsInvisible() throws IOException {
    byte[] pdf = TestPdfs.withSignatureFields("Approver", 2, APPROVER_RECT);

    SealOptions options = resolve(pdf, PlacementRequest.inField("Hidden"));
    byte[] sealed = seal(pdf, options);

    assertFalse(options.visible());
    assertValid(sealed);
    try (PDDocument document = Loader.loadPDF(sealed)) {
      assertNotNull(field(document, "Hidden").getSignature());
      assertNull(field(document, "Approver").getSignature());
    }
  }

  @Test
  void anUnknownFieldIsRefusedListingTheEmptySignatureFields() {
    byte[] pdf = TestPdfs.withSignatureFields("Approver", 2, APPROVER_RECT);

    InvalidPlacementException refusal =
        assertThrows(
            InvalidPlacementException.class,
            () -> resolve(pdf, PlacementRequest.inField("Director")));

    assertEquals("field-not-found", refusal.problemType());
    assertTrue(refusal.getMessage().contains("'Director'"), refusal.getMessage());
    assertTrue(refusal.getMessage().contains("Approver, Hidden."), refusal.getMessage());
  }

  @Test
  void aFieldOfAnotherKindIsRefused() {
    byte[] pdf = TestPdfs.withSignatureFields("Approver", 2, APPROVER_RECT);

    InvalidPlacementException refusal =
        assertThrows(
            InvalidPlacementException.class, () -> resolve(pdf, PlacementRequest.inField("Name")));

    assertEquals("field-not-found", refusal.problemType());
    assertTrue(refusal.getMessage().contains("not a signature field"), refusal.getMessage());
  }

  @Test
  void aDocumentWithoutFormSaysSo() {
    InvalidPlacementException refusal =
        assertThrows(
            InvalidPlacementException.class,
            () -> resolve(TestPdfs.onePage(), PlacementRequest.inField("Approver")));

    assertEquals("field-not-found", refusal.problemType());
    assertTrue(refusal.getMessage().contains("no empty signature field"), refusal.getMessage());
  }

  @Test
  void aSignedFieldIsRefusedAndNoLongerOffered() {
    byte[] pdf = TestPdfs.withSignatureFields("Approver", 2, APPROVER_RECT);
    byte[] once = seal(pdf, resolve(pdf, PlacementRequest.inField("Approver")));

    InvalidPlacementException refusal =
        assertThrows(
            InvalidPlacementException.class,
            () -> resolve(once, PlacementRequest.inField("Approver")));
    InvalidPlacementException unknown =
        assertThrows(
            InvalidPlacementException.class, () -> resolve(once, PlacementRequest.inField("X")));

    assertEquals("field-already-signed", refusal.problemType());
    assertTrue(
        unknown.getMessage().endsWith("Empty signature fields: Hidden."), unknown.getMessage());
  }

  private SealOptions resolve(byte[] pdf, PlacementRequest request) {
    return resolver.resolve(
        pdf,
        inspector.inspect(pdf),
        request,
        SealOptions.invisible(SealLevel.B_B, ORGANISATION, Instant.now()));
  }

  private static Placement onlyWidget(byte[] sealed) {
    List<Placement> widgets = SignatureWidgets.displayedBoxes(sealed);
    assertEquals(1, widgets.size(), widgets::toString);
    return widgets.get(0);
  }

  /** Within 0.1 point: the PDF holds the box's corners, not its origin and size. */
  private static void assertBox(Placement expected, Placement actual) {
    String both = "expected " + expected + ", got " + actual;
    assertEquals(expected.page(), actual.page(), both);
    assertEquals(expected.x(), actual.x(), 0.1f, both);
    assertEquals(expected.y(), actual.y(), 0.1f, both);
    assertEquals(expected.width(), actual.width(), 0.1f, both);
    assertEquals(expected.height(), actual.height(), 0.1f, both);
  }

  private byte[] seal(byte[] pdf, SealOptions options) {
    return sealer.seal(pdf, pki.seal(), options, null);
  }

  private static void assertValid(byte[] sealed) {
    Reports reports = validation.validate(sealed);
    assertEquals(
        List.of(Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(reports),
        DssTestValidation.explain(reports));
  }

  private static PDSignatureField field(PDDocument document, String name) {
    return (PDSignatureField) document.getDocumentCatalog().getAcroForm().getField(name);
  }
}
