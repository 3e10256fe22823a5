package org.paraph.seals.infrastructure.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.validation.reports.Reports;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.seals.domain.AnnotationStyle;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealLogo;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.infrastructure.sealing.PadesSealer;
import org.paraph.testsupport.AnnotationAppearances;
import org.paraph.testsupport.DssTestValidation;
import org.paraph.testsupport.TestPdfs;
import org.paraph.trust.infrastructure.DemoCrlIssuer;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;

/** What a seal's annotation settings do to the sealed PDF: the texts, the fonts, the logo. */
class SealAnnotationSettingsTest {

  private static final Placement BOX = new Placement(1, 72, 600, 240, 80);
  private static final Instant NOW = Instant.now();

  private static DemoPki pki;
  private static DssTestValidation validation;

  private final PadesSealer sealer = new PadesSealer(new PdfInspector());

  @BeforeAll
  static void generateDemoPki() {
    Instant now = Instant.now();
    pki = new DemoPkiGenerator().generate("Acme", "https://paraph.test", now);
    validation =
        DssTestValidation.trusting(pki.root().signingCertificate())
            .withCrl(pki.crlUrl(), new DemoCrlIssuer().issue(pki.root(), now));
  }

  @Test
  void japaneseGreekAndCyrillicAreDrawnFromEmbeddedSubsetsAndTheFileStaysSmall() {
    byte[] pdf = TestPdfs.onePage();
    SealOptions options =
        SealOptions.invisible(SealLevel.B_B, "株式会社テスト", Instant.now())
            .withReasonAndLocation("Подписано 承認", "Αθήνα")
            .withPlacement(BOX);

    byte[] sealed = sealer.seal(pdf, pki.seal(), options, null);

    Reports reports = validation.validate(sealed);
    assertEquals(
        List.of(Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(reports),
        DssTestValidation.explain(reports));
    String text = AnnotationAppearances.text(sealed);
    assertTrue(text.contains("株式会社テスト"), text);
    assertTrue(text.contains("Подписано 承認"), text);
    assertTrue(text.contains("Αθήνα"), text);
    List<String> fonts = AnnotationAppearances.fontNames(sealed);
    assertTrue(
        fonts.stream().anyMatch(f -> f.matches("[A-Z]{6}\\+DroidSansFallback")), fonts.toString());
    for (String font : fonts) {
      assertTrue(font.matches("[A-Z]{6}\\+.*"), "not an embedded subset: " + font);
    }
    int growth = sealed.length - pdf.length;
    System.out.println("CJK seal: the sealed file grew by " + growth + " bytes");
    // The whole CJK font is 3.4 MB; its subset for a dozen characters takes a few KB.
    assertTrue(growth < 200_000, "grew by " + growth + " bytes");
  }

  @Test
  void thePersonAndTheTimeInTheSealsZoneAreShownAndAHiddenOrganisationIsNot() {
    SealOptions options =
        SealOptions.invisible(SealLevel.B_B, "Acme Records", NOW)
            .withPlacement(BOX)
            .withAnnotation(
                new AnnotationStyle(
                    false, "Jeanne Dupont", true, ZoneId.of("Europe/Paris"), true, true, null));

    byte[] sealed = sealer.seal(TestPdfs.onePage(), pki.seal(), options, null);

    String text = AnnotationAppearances.text(sealed);
    assertTrue(text.contains("Requested by Jeanne Dupont"), text);
    // The zone itself is checked in SealAnnotationTextTest; here, that the seal's zone is used.
    String paris =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT)
            .withZone(ZoneId.of("Europe/Paris"))
            .format(NOW);
    assertTrue(paris.endsWith("CET") || paris.endsWith("CEST"), paris);
    assertTrue(text.contains("Sealed " + paris), text);
    assertFalse(text.contains("Acme Records"), text);
  }

  @Test
  void theLogoIsDrawnAtTheLeftOfTheBoxAndTheTextAfterIt() throws IOException {
    SealOptions options =
        SealOptions.invisible(SealLevel.B_B, "Acme Records", NOW)
            .withPlacement(BOX)
            .withAnnotation(withLogo(redSquarePng()));

    byte[] sealed = sealer.seal(TestPdfs.onePage(), pki.seal(), options, null);

    assertEquals(
        List.of(Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(validation.validate(sealed)));
    BufferedImage page = render(sealed, 2f);
    long leftThird = redPixels(page, BOX.x(), BOX.x() + BOX.width() / 3, 2f);
    long rest = redPixels(page, BOX.x() + BOX.width() / 3, BOX.x() + BOX.width(), 2f);
    assertTrue(leftThird > 1000, "the logo should fill the left of the box: " + leftThird);
    assertEquals(0, rest, "nothing red right of the logo");
    assertTrue(AnnotationAppearances.text(sealed).contains("Acme Records"));
  }

  @Test
  void thePreviewIsDrawnByTheSealsOwnPainter() throws IOException {
    SealOptions options =
        SealOptions.invisible(SealLevel.B_B, "株式会社テスト", NOW)
            .withReasonAndLocation("Certified copy", null)
            .asTest();
    Placement box = new Placement(1, 0, 0, 200, 70);

    byte[] pdf = AnnotationPreview.pdf(options, box);
    byte[] png = AnnotationPreview.png(options, box);
    byte[] otherPng =
        AnnotationPreview.png(options.withReasonAndLocation("Another reason", null), box);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("株式会社テスト"), text);
      assertTrue(text.contains("Reason: Certified copy"), text);
      assertTrue(text.contains("TEST"), text);
    }
    // For a person to look at: what the settings page shows.
    Files.write(Path.of("target", "annotation-preview.png"), png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    // 200 x 70 points at 192 dpi
    assertEquals(533, image.getWidth());
    assertFalse(Arrays.equals(png, otherPng), "another reason, another picture");
  }

  private static AnnotationStyle withLogo(byte[] png) {
    return new AnnotationStyle(
        true, null, true, AnnotationStyle.DEFAULT_ZONE, true, true, SealLogo.read(png));
  }

  static byte[] redSquarePng() {
    BufferedImage image = new BufferedImage(60, 60, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(Color.RED);
    graphics.fillRect(0, 0, 60, 60);
    graphics.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedImage render(byte[] pdf, float scale) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFRenderer(document).renderImage(0, scale);
    }
  }

  private static long redPixels(BufferedImage page, float fromX, float toX, float scale) {
    long count = 0;
    for (int y = (int) (BOX.y() * scale); y < (BOX.y() + BOX.height()) * scale; y++) {
      for (int x = (int) (fromX * scale); x < toX * scale; x++) {
        int rgb = page.getRGB(x, y);
        if (((rgb >> 16) & 0xFF) > 200 && ((rgb >> 8) & 0xFF) < 60 && (rgb & 0xFF) < 60) {
          count++;
        }
      }
    }
    return count;
  }
}
