package org.paraph.seals.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.cos.ICOSParser;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.junit.jupiter.api.Test;

/** The tokens of ISO 32000-1, 7.2 and 7.3, as the portal's own PDF reader meets them. */
class PdfObjectLexerTest {

  /** Resolves nothing: the lexer only has to hand it over with each reference. */
  private static final ICOSParser NO_OBJECTS =
      new ICOSParser() {
        @Override
        public COSBase dereferenceCOSObject(COSObject object) {
          return COSNull.NULL;
        }

        @Override
        public RandomAccessReadView createRandomAccessReadView(long start, long length) {
          throw new UnsupportedOperationException();
        }
      };

  private static PdfObjectLexer lexer(String ascii) {
    return new PdfObjectLexer(ascii.getBytes(StandardCharsets.ISO_8859_1), 0, NO_OBJECTS);
  }

  private static COSBase value(String ascii) throws IOException {
    return lexer(ascii).value(0);
  }

  @Test
  void readsADictionaryWithNamesNumbersAndAReference() throws IOException {
    COSDictionary dictionary =
        assertInstanceOf(
            COSDictionary.class,
            value("<< /Type /Catalog /Count 3 /Scale -1.5 /Pages 12 0 R /Open true >>"));

    assertEquals(COSName.CATALOG, dictionary.getItem(COSName.TYPE));
    assertEquals(COSInteger.get(3), dictionary.getItem(COSName.COUNT));
    assertEquals(-1.5f, ((COSFloat) dictionary.getItem(COSName.getPDFName("Scale"))).floatValue());
    COSObject pages = assertInstanceOf(COSObject.class, dictionary.getItem(COSName.PAGES));
    assertEquals(12, pages.getObjectNumber());
    assertEquals(0, pages.getGenerationNumber());
    assertSame(COSBoolean.TRUE, dictionary.getItem(COSName.getPDFName("Open")));
  }

  @Test
  void tellsTwoIntegersFromAReference() throws IOException {
    COSArray array = assertInstanceOf(COSArray.class, value("[1 2 3 0 R null]"));

    assertEquals(4, array.size());
    assertEquals(COSInteger.get(1), array.get(0));
    assertEquals(COSInteger.get(2), array.get(1));
    assertEquals(3, assertInstanceOf(COSObject.class, array.get(2)).getObjectNumber());
    assertSame(COSNull.NULL, array.get(3));
  }

  @Test
  void decodesEscapesInNamesAndStrings() throws IOException {
    assertEquals(COSName.getPDFName("A B"), value("/A#20B"));
    COSString literal = assertInstanceOf(COSString.class, value("(a\\(b\\) (nested) \\101\\n)"));
    assertEquals("a(b) (nested) A\n", literal.getString());
    COSString hex = assertInstanceOf(COSString.class, value("<48 65 6C 6C 6F 2>"));
    assertArrayEquals(new byte[] {'H', 'e', 'l', 'l', 'o', 0x20}, hex.getBytes());
  }

  @Test
  void skipsCommentsAndReadsKeywordsAndIntegers() throws IOException {
    PdfObjectLexer lexer = lexer("% a comment\n 7 0 obj\r\n<< >>\nendobj");

    assertEquals(7, lexer.integer());
    assertEquals(0, lexer.integer());
    assertFalse(lexer.atKeyword("stream"));
    lexer.expectKeyword("obj");
    assertInstanceOf(COSDictionary.class, lexer.value(0));
    assertTrue(lexer.atKeyword("endobj"));
  }

  @Test
  void takesTheStreamDataAfterItsEndOfLine() throws IOException {
    PdfObjectLexer lexer = lexer("stream\r\nabcdefendstream");

    lexer.expectKeyword("stream");

    assertArrayEquals("abcdef".getBytes(StandardCharsets.US_ASCII), lexer.streamData(6));
    assertTrue(lexer.atKeyword("endstream"));
  }

  @Test
  void refusesWhatItDoesNotExpect() {
    assertThrows(IOException.class, () -> lexer("\nabc").streamData(4));
    assertThrows(IOException.class, () -> value("(unterminated"));
    assertThrows(IOException.class, () -> value("nonsense"));
    assertThrows(IOException.class, () -> lexer("obj").integer());
    assertThrows(IOException.class, () -> lexer("endobj").expectKeyword("obj"));
    assertThrows(IOException.class, () -> value("[".repeat(100) + "]".repeat(100)));
  }
}
