package org.paraph.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/** PDFs made for the tests. */
public final class TestPdfs {

  private TestPdfs() {}

  /** An A4 document of the given number of pages, each saying which page it is. */
  public static byte[] a4(int pages) throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int i = 1; i <= pages; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
          content.newLineAtOffset(72, 760);
          content.showText("Paraph test document, page " + i + " of " + pages);
          content.endText();
        }
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  /**
   * An A4 document whose page {@code page} shows {@code text} in 12 point Helvetica, its baseline
   * starting {@code x} points from the left and {@code baseline} points from the top; every page
   * also says which page it is, near the top.
   */
  public static byte[] withTextAt(int pages, int page, String text, float x, float baseline)
      throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int i = 1; i <= pages; i++) {
        PDPage added = new PDPage(PDRectangle.A4);
        document.addPage(added);
        try (PDPageContentStream content = new PDPageContentStream(document, added)) {
          write(content, "Paraph test document, page " + i + " of " + pages, 72, 760);
          if (i == page) {
            write(content, text, x, PDRectangle.A4.getHeight() - baseline);
          }
        }
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  /**
   * A one-page A4 form with an empty signature field {@code name} whose widget occupies {@code
   * rectangle} (PDF coordinates).
   */
  public static byte[] withEmptySignatureField(String name, PDRectangle rectangle)
      throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        write(content, "Approved for the company by:", 72, rectangle.getUpperRightY() + 12);
      }
      PDAcroForm form = new PDAcroForm(document);
      document.getDocumentCatalog().setAcroForm(form);
      PDSignatureField field = new PDSignatureField(form);
      field.setPartialName(name);
      PDAnnotationWidget widget = field.getWidgets().get(0);
      widget.setRectangle(rectangle);
      widget.setPage(page);
      widget.setPrinted(true);
      page.getAnnotations().add(widget);
      form.getFields().add(field);
      document.save(out);
      return out.toByteArray();
    }
  }

  private static void write(PDPageContentStream content, String text, float x, float y)
      throws IOException {
    content.beginText();
    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
  }
}
