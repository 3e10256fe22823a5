package org.paraph.documents.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paraph.documents.domain.InvalidDocumentException;
import org.paraph.documents.domain.PageNotFoundException;
import org.paraph.documents.domain.PageSize;
import org.paraph.documents.domain.PdfSummary;
import org.paraph.documents.domain.PdfTooComplexException;
import org.paraph.testsupport.Corpus;
import org.paraph.testsupport.PdfBombs;
import org.paraph.testsupport.TestPdfs;

class PdfInspectorTest {

  private static final Set<String> DOCUMENT_PROBLEMS =
      Set.of("empty-document", "not-a-pdf", "encrypted-pdf", "unreadable-pdf");

  /** Generous: the largest corpus file takes well under a second; a loop would not end at all. */
  private static final Duration NO_HANG = Duration.ofSeconds(30);

  private final PdfInspector inspector = new PdfInspector();

  @Test
  void refusesAPageContentBombAsTooComplex() {
    PdfDecodingLimits limits = new PdfDecodingLimits(4 << 20, 10_000_000, Duration.ofSeconds(10));
    byte[] bomb = PdfBombs.pageContent(limits.maxDecodedBytes() + 65_536);
    PdfInspector bounded = new PdfInspector(limits);

    PdfTooComplexException inspected =
        assertThrows(PdfTooComplexException.class, () -> bounded.inspect(bomb));
    assertThrows(PdfTooComplexException.class, () -> bounded.renderPagePng(bomb, 1, 72));

    assertEquals("pdf-too-complex", inspected.problemType());
  }

  @Test
  void givesUpAPreviewThatTakesLongerThanTheTimeLimit() {
    // No time at all: the first operator of the page is already late.
    PdfInspector impatient =
        new PdfInspector(new PdfDecodingLimits(4 << 20, 10_000_000, Duration.ZERO));
    byte[] pdf = TestPdfs.withTexts(1, new TestPdfs.Text(1, "Signature", 72, 72));

    PdfTooComplexException refusal =
        assertThrows(PdfTooComplexException.class, () -> impatient.renderPagePng(pdf, 1, 72));

    assertTrue(refusal.getMessage().contains("page 1"), refusal.getMessage());
    impatient.inspect(pdf); // reading it is not drawing it
  }

  @Test
  void summarisesPagesAsDisplayed() {
    byte[] pdf = TestPdfs.pages(PDRectangle.A4, PDRectangle.LETTER, PDRectangle.A5);

    PdfSummary summary = inspector.inspect(pdf);

    assertEquals(3, summary.pageCount());
    assertSize(595.28f, 841.89f, summary.page(1).orElseThrow());
    assertSize(612f, 792f, summary.page(2).orElseThrow());
    assertSize(419.53f, 595.28f, summary.page(3).orElseThrow());
    assertFalse(summary.signed());
  }

  @ParameterizedTest
  @ValueSource(ints = {90, 270, -90, 450})
  void quarterTurnedPagesReportTheirSidesSwapped(int rotation) {
    PdfSummary summary = inspector.inspect(TestPdfs.rotated(rotation));

    assertSize(841.89f, 595.28f, summary.page(1).orElseThrow());
  }

  @Test
  void halfTurnedPageKeepsItsSides() {
    assertSize(595.28f, 841.89f, inspector.inspect(TestPdfs.rotated(180)).page(1).orElseThrow());
  }

  @Test
  void croppedPageReportsItsVisibleArea() {
    PdfSummary summary =
        inspector.inspect(TestPdfs.cropped(new PDRectangle(100, 150, 400, 500), 0));

    assertSize(400, 500, summary.page(1).orElseThrow());
  }

  @Test
  void emptyInputIsRefused() {
    assertProblem("empty-document", new byte[0]);
    assertProblem("empty-document", null);
  }

  @Test
  void fileWithoutPdfHeaderIsRefused() {
    assertProblem(
        "not-a-pdf", "Dear customer,\nplease find attached".getBytes(StandardCharsets.UTF_8));
    assertProblem("not-a-pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
  }

  @Test
  void headerAfterUpTo1024BytesOfJunkIsAccepted() {
    byte[] pdf = TestPdfs.onePage();

    assertEquals(1, inspector.inspect(withJunkBefore(pdf, 1000)).pageCount());
    assertProblem("not-a-pdf", withJunkBefore(pdf, 1020));
  }

  @Test
  void encryptedFilesAreRefused() {
    assertProblem("encrypted-pdf", TestPdfs.encrypted("user-secret"));
    // Opens without a password, but carries an owner password and permissions.
    assertProblem("encrypted-pdf", TestPdfs.encrypted(""));
  }

  @Test
  void malformedFileIsRefusedAsUnreadable() {
    assertProblem("unreadable-pdf", "%PDF-1.7\nnot really".getBytes(StandardCharsets.US_ASCII));
    byte[] pdf = TestPdfs.onePage();
    assertProblem("unreadable-pdf", Arrays.copyOf(pdf, 40));
  }

  @Test
  void rendersAPagePreviewAtTheAskedResolution() throws IOException {
    byte[] png = inspector.renderPagePng(TestPdfs.rotated(90), 1, 72);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(842, image.getWidth(), 1);
    assertEquals(595, image.getHeight(), 1);
  }

  @Test
  void previewOfAMissingPageIsRefused() {
    PageNotFoundException refusal =
        assertThrows(
            PageNotFoundException.class, () -> inspector.renderPagePng(TestPdfs.onePage(), 2, 72));

    assertEquals("page-not-found", refusal.problemType());
  }

  /**
   * Real-world files: each one is either summarised or refused with one of the document problems,
   * never another exception, never a hang. Its first page renders under the same rule.
   */
  @TestFactory
  Stream<DynamicTest> everyCorpusFileIsSummarisedOrRefusedCleanly() {
    List<Path> files = Corpus.pdfjs();
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> assertTimeoutPreemptively(NO_HANG, () -> inspectAndRender(file))));
  }

  private void inspectAndRender(Path file) {
    byte[] pdf = Corpus.read(file);
    PdfSummary summary;
    try {
      summary = inspector.inspect(pdf);
    } catch (InvalidDocumentException e) {
      assertTrue(DOCUMENT_PROBLEMS.contains(e.problemType()), e.problemType());
      return;
    }
    assertTrue(summary.pageCount() > 0);
    try {
      byte[] png = inspector.renderPagePng(pdf, 1, 36);
      assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
    } catch (InvalidDocumentException e) {
      assertTrue(DOCUMENT_PROBLEMS.contains(e.problemType()), e.problemType());
    }
  }

  @Test
  void corpusHoldsBothReadableAndRefusedFiles() {
    long refused =
        Corpus.pdfjs().stream()
            .filter(
                file -> {
                  try {
                    inspector.inspect(Corpus.read(file));
                    return false;
                  } catch (InvalidDocumentException e) {
                    return true;
                  }
                })
            .count();

    // Guards the sweep above against a corpus that stopped exercising either branch.
    assertTrue(refused > 0, "some corpus files are encrypted or malformed");
    assertTrue(refused < Corpus.pdfjs().size(), "most corpus files are readable");
  }

  private void assertProblem(String problemType, byte[] pdf) {
    InvalidDocumentException refusal =
        assertThrows(InvalidDocumentException.class, () -> inspector.inspect(pdf));
    assertEquals(problemType, refusal.problemType(), refusal.getMessage());
  }

  private static void assertSize(float width, float height, PageSize size) {
    assertEquals(width, size.width(), 0.01f);
    assertEquals(height, size.height(), 0.01f);
  }

  private static byte[] withJunkBefore(byte[] pdf, int junkLength) {
    byte[] result = new byte[junkLength + pdf.length];
    Arrays.fill(result, 0, junkLength, (byte) 'x');
    System.arraycopy(pdf, 0, result, junkLength, pdf.length);
    return result;
  }
}
