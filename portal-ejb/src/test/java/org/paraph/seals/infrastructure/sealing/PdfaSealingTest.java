package org.paraph.seals.infrastructure.sealing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.validation.reports.Reports;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.seals.domain.AnnotationStyle;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.PlacementRequest;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealLogo;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.infrastructure.LongTermValidationSources;
import org.paraph.seals.infrastructure.placement.PlacementResolver;
import org.paraph.testsupport.DssTestValidation;
import org.paraph.testsupport.PdfaFiles;
import org.paraph.testsupport.PdfaFiles.Flavour;
import org.paraph.testsupport.VeraPdf;
import org.paraph.trust.infrastructure.DemoCrlIssuer;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;
import org.paraph.trust.infrastructure.DemoTimestampAuthority;
import org.paraph.trust.infrastructure.DemoTspSource;
import org.paraph.trust.infrastructure.LocalCrlSource;

/**
 * An archive that receives a PDF/A file expects a PDF/A file back: sealing must not cost the
 * document its conformance. veraPDF judges the inputs first (so that a failure is the seal's fault)
 * and then every seal: each flavour, each level, invisible and visible, with non-Latin text and
 * with a logo, through the sealer the portal uses ({@link PadesSealer} with long-term sources),
 * fast path and DSS path alike.
 */
public class PdfaSealingTest {

  private static final String ORGANISATION = "Archive Test";
  private static final Path LOOK_AT = Path.of("target", "pdfa-sealed");

  private static DemoPki pki;
  private static DemoTspSource tsp;
  private static DssTestValidation validation;
  private static PadesSealer sealer;
  private static final Map<Flavour, byte[]> INPUTS = new EnumMap<>(Flavour.class);

  /** What the seal's annotation shows. */
  enum Appearance {
    INVISIBLE,
    /** Greek and Japanese in the organisation's name, a person, reason and location, test mode. */
    NON_LATIN_TEXT,
    /** Latin text (the standard font otherwise) beside a logo with transparent pixels. */
    LOGO
  }

  @BeforeAll
  static void setUp() {
    Instant now = Instant.now();
    pki = new DemoPkiGenerator().generate(ORGANISATION, "https://paraph.test", now);
    byte[] crl = new DemoCrlIssuer().issue(pki.root(), now);
    tsp =
        new DemoTspSource(
            new DemoTimestampAuthority(pki.timestampAuthority(), Clock.systemUTC()),
            pki.timestampAuthority().chain());
    validation =
        DssTestValidation.trusting(pki.root().signingCertificate()).withCrl(pki.crlUrl(), crl);
    LocalCrlSource crls =
        new LocalCrlSource(url -> url.equals(pki.crlUrl()) ? Optional.of(crl) : Optional.empty());
    List<X509Certificate> anchors = List.of(pki.root().signingCertificate());
    sealer = new PadesSealer(new PdfInspector(), new LongTermValidationSources(anchors, crls));
    for (Flavour flavour : Flavour.values()) {
      INPUTS.put(flavour, PdfaFiles.build(flavour));
    }
  }

  /**
   * Otherwise a failure after sealing could be the input's own. veraPDF's identification rules
   * (6.7.11 in PDF/A-1, 6.6.4 in 2 and 3, see below) also check that the XMP metadata declares this
   * flavour.
   */
  @ParameterizedTest
  @EnumSource(Flavour.class)
  void theInputsArePdfaToBeginWith(Flavour flavour) {
    byte[] input = INPUTS.get(flavour);

    VeraPdf.Verdict verdict = VeraPdf.validate(input, flavour.id());
    assertTrue(verdict.compliant(), verdict::toString);
  }

  /**
   * The judge is not lenient: a PDF/A-2b file is not PDF/A-3b, if only by its declaration, nor
   * PDF/A-2a, which also wants the content tagged in a logical structure.
   */
  @Test
  void veraPdfTellsTheFlavoursApart() {
    byte[] basic = INPUTS.get(Flavour.PDF_A_2B);

    VeraPdf.Verdict asPart3 = VeraPdf.validate(basic, "3b");
    VeraPdf.Verdict asAccessible = VeraPdf.validate(basic, "2a");

    assertEquals(Set.of("6.6.4-2"), asPart3.failures().keySet(), asPart3::toString);
    assertEquals(
        Set.of("6.6.4-3", "6.7.2.2-1", "6.7.3.3-1"),
        asAccessible.failures().keySet(),
        asAccessible::toString);
  }

  @ParameterizedTest(name = "{0} sealed at {1}, {2}")
  @MethodSource("seals")
  void aSealedPdfaFileIsStillPdfa(Flavour flavour, SealLevel level, Appearance appearance)
      throws IOException {
    byte[] input = INPUTS.get(flavour);

    byte[] sealed = sealer.seal(input, pki.seal(), options(level, appearance), tsp);

    assertArrayEquals(input, Arrays.copyOf(sealed, input.length), "the original is a prefix");
    if (level == SealLevel.B_B && appearance != Appearance.INVISIBLE) {
      // For a person to look at (pdftoppm): the annotation as an archive's reader will see it.
      Files.createDirectories(LOOK_AT);
      Files.write(LOOK_AT.resolve(flavour.id() + "-" + appearance + ".pdf"), sealed);
    }
    VeraPdf.Verdict verdict = VeraPdf.validate(sealed, flavour.id());
    assertTrue(verdict.compliant(), verdict::toString);
    Reports reports = validation.validate(sealed);
    assertEquals(
        List.of(Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(reports),
        () -> DssTestValidation.explain(reports));
  }

  /**
   * A document made for print names a printing condition that is not RGB, and one without an output
   * intent may only use device-independent colours: then the annotation's colours and logo may not
   * be DeviceRGB either. Sealed by the fast path (B-B) and by DSS (B-LT).
   */
  @ParameterizedTest(name = "{0}, output intent {1}, sealed at {2}")
  @MethodSource("nonRgbOutputSeals")
  void anAnnotationOnAPdfaFileWithoutRgbOutputIntentUsesNoDeviceRgb(
      Flavour flavour, PdfaFiles.OutputIntent intent, SealLevel level) throws IOException {
    byte[] input = PdfaFiles.build(flavour, intent);
    VeraPdf.Verdict before = VeraPdf.validate(input, flavour.id());
    assertTrue(before.compliant(), before::toString);

    for (Appearance appearance : List.of(Appearance.NON_LATIN_TEXT, Appearance.LOGO)) {
      byte[] sealed = sealer.seal(input, pki.seal(), options(level, appearance), tsp);

      Files.createDirectories(LOOK_AT);
      Files.write(LOOK_AT.resolve(flavour.id() + "-" + intent + "-" + appearance + ".pdf"), sealed);
      VeraPdf.Verdict verdict = VeraPdf.validate(sealed, flavour.id());
      assertTrue(verdict.compliant(), () -> appearance + ": " + verdict);
      assertEquals(
          List.of(Indication.TOTAL_PASSED),
          DssTestValidation.signatureIndications(validation.validate(sealed)));
    }
  }

  /**
   * A PDF/A form: the seal fills its empty signature field where the author put it, a second seal
   * (B-LTA, with its own field and a document timestamp) follows it, the text field keeps its
   * value, and the file is PDF/A all along.
   */
  @ParameterizedTest
  @EnumSource(Flavour.class)
  void aPdfaFormSealedInItsFieldThenSealedAgainIsStillPdfa(Flavour flavour) throws IOException {
    byte[] input = PdfaFiles.withForm(flavour);
    VeraPdf.Verdict before = VeraPdf.validate(input, flavour.id());
    assertTrue(before.compliant(), before::toString);
    PdfInspector inspector = new PdfInspector();
    SealOptions inField =
        new PlacementResolver()
            .resolve(
                input,
                inspector.inspect(input),
                PlacementRequest.inField("Approver"),
                options(SealLevel.B_T, Appearance.LOGO));

    byte[] once = sealer.seal(input, pki.seal(), inField, tsp);
    byte[] twice =
        sealer.seal(once, pki.seal(), options(SealLevel.B_LTA, Appearance.INVISIBLE), tsp);

    for (byte[] sealed : List.of(once, twice)) {
      VeraPdf.Verdict verdict = VeraPdf.validate(sealed, flavour.id());
      assertTrue(verdict.compliant(), verdict::toString);
    }
    Reports reports = validation.validate(twice);
    assertEquals(
        List.of(Indication.TOTAL_PASSED, Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(reports),
        () -> DssTestValidation.explain(reports));
    try (PDDocument document = Loader.loadPDF(twice)) {
      PDAcroForm form = document.getDocumentCatalog().getAcroForm();
      assertEquals("Zoë Łukasiewicz", form.getField("Name").getValueAsString());
      PDSignatureField approver = (PDSignatureField) form.getField("Approver");
      assertNotNull(approver.getSignature(), "the seal is in the author's field");
      assertEquals(
          PdfaFiles.APPROVER.getLowerLeftY(),
          approver.getWidgets().get(0).getRectangle().getLowerLeftY(),
          0.01f);
    }
  }

  static Stream<Arguments> nonRgbOutputSeals() {
    return Stream.of(
        Arguments.of(Flavour.PDF_A_1B, PdfaFiles.OutputIntent.GRAY, SealLevel.B_B),
        Arguments.of(Flavour.PDF_A_2B, PdfaFiles.OutputIntent.GRAY, SealLevel.B_LT),
        Arguments.of(Flavour.PDF_A_1B, PdfaFiles.OutputIntent.NONE, SealLevel.B_B),
        Arguments.of(Flavour.PDF_A_3U, PdfaFiles.OutputIntent.NONE, SealLevel.B_LT));
  }

  static Stream<Arguments> seals() {
    List<Arguments> cases = new ArrayList<>();
    for (Flavour flavour : Flavour.values()) {
      for (SealLevel level : SealLevel.values()) {
        for (Appearance appearance : Appearance.values()) {
          cases.add(Arguments.of(flavour, level, appearance));
        }
      }
    }
    return cases.stream();
  }

  private static SealOptions options(SealLevel level, Appearance appearance) {
    Placement box = new Placement(1, 72, 120, 240, 80);
    return switch (appearance) {
      case INVISIBLE -> SealOptions.invisible(level, ORGANISATION, Instant.now());
      case NON_LATIN_TEXT ->
          SealOptions.invisible(level, "Ελληνικό Αρχείο 東京アーカイブ", Instant.now())
              .withReasonAndLocation("Επικυρωμένο αντίγραφο", "Αθήνα")
              .withAnnotation(
                  new AnnotationStyle(
                      true,
                      "Zoë Łukasiewicz",
                      true,
                      AnnotationStyle.DEFAULT_ZONE,
                      true,
                      true,
                      null))
              .withPlacement(box)
              .asTest();
      case LOGO ->
          SealOptions.invisible(level, ORGANISATION, Instant.now())
              .withReasonAndLocation("Certified copy", "Gent")
              .withAnnotation(
                  new AnnotationStyle(
                      true,
                      null,
                      true,
                      AnnotationStyle.DEFAULT_ZONE,
                      true,
                      true,
                      SealLogo.read(translucentLogo())))
              .withPlacement(box);
    };
  }

  /** A red disc on transparent ground, with soft edges: a PNG with an alpha channel. */
  public static byte[] translucentLogo() {
    BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    graphics.setColor(new Color(200, 20, 20, 255));
    graphics.fillOval(4, 4, 56, 56);
    graphics.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
