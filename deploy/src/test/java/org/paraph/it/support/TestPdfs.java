package org.paraph.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

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
}
