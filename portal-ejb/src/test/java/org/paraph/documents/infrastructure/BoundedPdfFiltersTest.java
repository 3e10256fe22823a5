package org.paraph.documents.infrastructure;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.paraph.documents.domain.PdfTooComplexException;
import org.paraph.testsupport.PdfBombs;

/**
 * PDFBox's own decoding is bounded once the portal has opened a PDF: what the guard cannot measure
 * (an encrypted file's streams, inline images) stops at the limit too. Fails if a PDFBox update
 * changes the filter registry the bound is installed in.
 */
class BoundedPdfFiltersTest {

  @Test
  void pdfBoxStopsInflatingAtTheLimit() throws IOException {
    long limit = PdfLoading.maxDecodedBytes(); // also installs the bound
    byte[] bomb = PdfBombs.pageContent(limit + 1024 * 1024);

    // Loaded without the guard, as DSS loads a file: only the bound stands in the way.
    try (PDDocument document = Loader.loadPDF(bomb)) {
      RuntimeException refusal =
          assertThrows(
              RuntimeException.class,
              () -> {
                try (InputStream content = document.getPage(0).getContents()) {
                  content.transferTo(OutputStream.nullOutputStream());
                }
              });
      assertTrue(
          PdfTooComplexException.foundIn(refusal).isPresent(),
          "refused as too complex: " + refusal);
    }
  }
}
