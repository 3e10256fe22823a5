package org.paraph.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/** Small PDFs built with PDFBox, so tests need no binary fixtures. */
public final class TestPdfs {

  private TestPdfs() {}

  /** One A4 portrait page with a line of text, about 1 KB. */
  public static byte[] onePage() {
    return pages(PDRectangle.A4);
  }

  /** One page per size given, each with a line of text. */
  public static byte[] pages(PDRectangle... sizes) {
    return build(
        document -> {
          for (PDRectangle size : sizes) {
            addPage(document, size, 0);
          }
        });
  }

  /** One A4 portrait page shown turned clockwise by {@code rotation} degrees. */
  public static byte[] rotated(int rotation) {
    return build(document -> addPage(document, PDRectangle.A4, rotation));
  }

  /**
   * One A4 page whose visible area (crop box) is a smaller box not at the origin, as scanners and
   * imposition tools produce.
   */
  public static byte[] cropped(PDRectangle cropBox, int rotation) {
    return build(
        document -> {
          PDPage page = addPage(document, PDRectangle.A4, rotation);
          page.setCropBox(cropBox);
        });
  }

  /** One A4 page with a link annotation occupying {@code rectangle} (PDF coordinates). */
  public static byte[] withLinkAnnotation(PDRectangle rectangle) {
    return build(
        document -> {
          PDPage page = addPage(document, PDRectangle.A4, 0);
          PDAnnotationLink link = new PDAnnotationLink();
          link.setRectangle(rectangle);
          page.getAnnotations().add(link);
        });
  }

  /** One A4 page encrypted with the given user password (empty: opens without one). */
  public static byte[] encrypted(String userPassword) {
    return build(
        document -> {
          addPage(document, PDRectangle.A4, 0);
          StandardProtectionPolicy policy =
              new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
          policy.setEncryptionKeyLength(128);
          document.protect(policy);
        });
  }

  private static PDPage addPage(PDDocument document, PDRectangle size, int rotation)
      throws IOException {
    PDPage page = new PDPage(size);
    page.setRotation(rotation);
    document.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      content.beginText();
      content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
      content.newLineAtOffset(72, size.getHeight() - 72);
      content.showText("Paraph test document, page " + document.getNumberOfPages());
      content.endText();
    }
    return page;
  }

  private interface Content {
    void addTo(PDDocument document) throws IOException;
  }

  private static byte[] build(Content content) {
    try (PDDocument document = new PDDocument()) {
      content.addTo(document);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
