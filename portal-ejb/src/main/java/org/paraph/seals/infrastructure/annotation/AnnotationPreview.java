package org.paraph.seals.infrastructure.annotation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.paraph.documents.infrastructure.PdfLoading;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.SealAnnotationText;
import org.paraph.seals.domain.SealOptions;

/**
 * What a seal's annotation will look like, as a picture: the layout and the painter of real seals
 * draw it on a one-page PDF the size of the box, which PDFBox then rasterises. Stateless.
 */
public final class AnnotationPreview {

  /** Twice a screen's 96 dpi, so that the preview stays sharp on high-density screens. */
  private static final float DPI = 192;

  private AnnotationPreview() {}

  /**
   * The one-page PDF holding only the annotation, as a seal with {@code options} in a box of that
   * placement's size would show it.
   *
   * @throws org.paraph.seals.domain.InvalidPlacementException when the box is too small for the
   *     text
   */
  public static byte[] pdf(SealOptions options, Placement box) {
    SealAnnotationLayout layout =
        SealAnnotationLayout.fit(SealAnnotationText.of(options), box, options.annotation().logo());
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(box.width(), box.height()));
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        new SealAppearancePainter(document, layout).paint(content, box.width(), box.height(), 0);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot draw the annotation preview", e);
    }
  }

  /** {@link #pdf} rendered as a PNG image on white. */
  public static byte[] png(SealOptions options, Placement box) {
    try (PDDocument document = PdfLoading.load(pdf(options, box))) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.RGB);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render the annotation preview", e);
    }
  }
}
