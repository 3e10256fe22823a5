package org.paraph.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.util.Matrix;

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

  /**
   * A line of text as the reader sees it: on a 1-based page, its baseline starting {@code x} points
   * from the left and {@code baseline} points from the top of the page as displayed, in 12 point
   * Helvetica (capitals rise {@value #CAP_HEIGHT} points above the baseline).
   */
  public record Text(int page, String text, float x, float baseline) {}

  /** Helvetica's cap height (718/1000 em) at 12 points. */
  public static final float CAP_HEIGHT = 8.616f;

  /**
   * A4 pages shown turned by {@code rotation}, each text drawn so that it reads upright on the
   * turned page, where the reader sees it. Texts are drawn in the order given, whatever their
   * position, so that content order and reading order can differ.
   *
   * @param cropBox the visible area of every page, or {@code null} for the whole sheet
   */
  public static byte[] withTexts(int pageCount, int rotation, PDRectangle cropBox, Text... texts) {
    return build(
        document -> {
          for (int i = 0; i < pageCount; i++) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setRotation(rotation);
            if (cropBox != null) {
              page.setCropBox(cropBox);
            }
            document.addPage(page);
          }
          for (Text text : texts) {
            PDPage page = document.getPage(text.page() - 1);
            try (PDPageContentStream content =
                new PDPageContentStream(
                    document, page, PDPageContentStream.AppendMode.APPEND, false)) {
              content.beginText();
              content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
              content.setTextMatrix(upright(page, text.x(), text.baseline()));
              content.showText(text.text());
              content.endText();
            }
          }
        });
  }

  /** Unrotated A4 pages with these texts. */
  public static byte[] withTexts(int pageCount, Text... texts) {
    return withTexts(pageCount, 0, null, texts);
  }

  /**
   * The text matrix putting the text origin at the displayed point (x, y), its x axis along the
   * displayed x axis and its y axis pointing up as displayed: the inverse of turning the crop box
   * clockwise by the page's rotation.
   */
  private static Matrix upright(PDPage page, float x, float y) {
    PDRectangle crop = page.getCropBox();
    float width = crop.getWidth();
    float height = crop.getHeight();
    float left = crop.getLowerLeftX();
    float bottom = crop.getLowerLeftY();
    return switch (Math.floorMod(page.getRotation(), 360)) {
      case 90 -> new Matrix(0, 1, -1, 0, left + y, bottom + x);
      case 180 -> new Matrix(-1, 0, 0, -1, left + width - x, bottom + y);
      case 270 -> new Matrix(0, -1, 1, 0, left + width - y, bottom + height - x);
      default -> new Matrix(1, 0, 0, 1, left + x, bottom + height - y);
    };
  }

  /**
   * Two A4 pages and a form: an empty signature field {@code visibleField} whose widget occupies
   * {@code rectangle} (PDF coordinates) on page {@code page}, an empty signature field {@code
   * Hidden} without a visible widget, and a text field {@code Name}.
   */
  public static byte[] withSignatureFields(String visibleField, int page, PDRectangle rectangle) {
    return build(
        document -> {
          addPage(document, PDRectangle.A4, 0);
          addPage(document, PDRectangle.A4, 0);
          PDAcroForm form = new PDAcroForm(document);
          document.getDocumentCatalog().setAcroForm(form);
          PDResources resources = new PDResources();
          resources.put(
              COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
          form.setDefaultResources(resources);
          form.setDefaultAppearance("/Helv 0 Tf 0 g");

          PDSignatureField visible = new PDSignatureField(form);
          visible.setPartialName(visibleField);
          addWidget(document.getPage(page - 1), visible.getWidgets().get(0), rectangle);
          PDSignatureField hidden = new PDSignatureField(form);
          hidden.setPartialName("Hidden");
          addWidget(document.getPage(0), hidden.getWidgets().get(0), new PDRectangle(0, 0, 0, 0));
          PDTextField name = new PDTextField(form);
          name.setPartialName("Name");
          name.setDefaultAppearance("/Helv 10 Tf 0 g");
          addWidget(
              document.getPage(0), name.getWidgets().get(0), new PDRectangle(72, 500, 200, 20));

          form.getFields().add(visible);
          form.getFields().add(hidden);
          form.getFields().add(name);
        });
  }

  private static void addWidget(PDPage page, PDAnnotationWidget widget, PDRectangle rectangle)
      throws IOException {
    widget.setRectangle(rectangle);
    widget.setPage(page);
    widget.setPrinted(true);
    page.getAnnotations().add(widget);
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
