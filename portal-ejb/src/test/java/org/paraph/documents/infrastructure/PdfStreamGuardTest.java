package org.paraph.documents.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paraph.documents.domain.PdfTooComplexException;
import org.paraph.testsupport.PdfBombs;
import org.paraph.testsupport.TestPdfs;

class PdfStreamGuardTest {

  private static final long MB = 1024 * 1024;

  /** Small, so that the bombs inflate to a little over it quickly. */
  private static final PdfDecodingLimits LIMITS =
      new PdfDecodingLimits(4 * MB, 10_000_000, Duration.ofSeconds(10));

  static Stream<Arguments> bombs() {
    return Stream.of(
        Arguments.of("page content", (LongFunction<byte[]>) PdfBombs::pageContent),
        Arguments.of(
            "cross-reference stream", (LongFunction<byte[]>) PdfBombs::crossReferenceStream),
        Arguments.of("object stream", (LongFunction<byte[]>) PdfBombs::objectStream));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bombs")
  void refusesAStreamThatInflatesPastTheLimit(String kind, LongFunction<byte[]> bomb) {
    byte[] pdf = bomb.apply(LIMITS.maxDecodedBytes() + 64 * 1024);
    assertTrue(pdf.length < 64 * 1024, "the bomb is small on disk: " + pdf.length);

    PdfTooComplexException refusal =
        assertThrows(PdfTooComplexException.class, () -> PdfStreamGuard.check(pdf, LIMITS));

    assertEquals("pdf-too-complex", refusal.problemType());
    assertTrue(refusal.getMessage().contains("more than 4 MB"), refusal.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bombs")
  void acceptsTheSameStreamJustUnderTheLimit(String kind, LongFunction<byte[]> bomb) {
    PdfStreamGuard.check(bomb.apply(LIMITS.maxDecodedBytes() - 64 * 1024), LIMITS);
  }

  @Test
  void acceptsAnOrdinaryDocument() {
    PdfStreamGuard.check(TestPdfs.onePage(), LIMITS);
    PdfStreamGuard.check(TestPdfs.withTexts(3, new TestPdfs.Text(1, "Signature", 72, 72)), LIMITS);
  }

  @Test
  void refusesAnImageDeclaringMorePixelsThanTheLimit() {
    byte[] pdf = PdfBombs.image(40_000, 40_000);

    PdfTooComplexException refusal =
        assertThrows(PdfTooComplexException.class, () -> PdfStreamGuard.check(pdf, LIMITS));

    assertTrue(refusal.getMessage().contains("40000 x 40000 pixels"), refusal.getMessage());
  }

  @Test
  void countsEveryStreamOfTheDocumentTogether() {
    // The guard reads every stream of the file wherever it stands (a lenient parser may find any
    // of them): two content streams each under the limit are over it together.
    byte[] first = PdfBombs.pageContent(LIMITS.maxDecodedBytes() * 3 / 5);
    byte[] both = new byte[first.length * 2];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(first, 0, both, first.length, first.length);
    PdfStreamGuard.check(first, LIMITS);

    assertThrows(PdfTooComplexException.class, () -> PdfStreamGuard.check(both, LIMITS));
  }
}
