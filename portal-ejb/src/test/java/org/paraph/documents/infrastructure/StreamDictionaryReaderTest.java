package org.paraph.documents.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A stream's dictionary read from raw bytes, and what makes it unreadable. */
class StreamDictionaryReaderTest {

  /** The dictionary between "obj" and "stream" in {@code object}, as the guard asks for it. */
  private static Map<String, Object> read(String object) {
    byte[] pdf = object.getBytes(StandardCharsets.ISO_8859_1);
    int body = object.indexOf("obj") + 3;
    return StreamDictionaryReader.read(pdf, body, object.indexOf("stream"));
  }

  @Test
  void readsNamesNumbersReferencesAndArrays() {
    Map<String, Object> dictionary =
        read(
            "4 0 obj\n<< /Type /XObject /Subtype /Image /Width 640 /Height 480 /Length 5 0 R"
                + " /Filter [/FlateDecode /DCTDecode] /Title (a (nested) \\) string) /ID <0a1b> >>\n"
                + "stream\n");

    assertEquals(new StreamDictionaryReader.Name("Image"), dictionary.get("Subtype"));
    assertEquals(640L, dictionary.get("Width"));
    assertEquals(480L, dictionary.get("Height"));
    assertInstanceOf(StreamDictionaryReader.Reference.class, dictionary.get("Length"));
    assertEquals(
        List.of(
            new StreamDictionaryReader.Name("FlateDecode"),
            new StreamDictionaryReader.Name("DCTDecode")),
        dictionary.get("Filter"));
    assertEquals("", dictionary.get("Title"));
  }

  @Test
  void skipsCommentsBetweenTheDictionaryAndTheStreamKeyword() {
    Map<String, Object> dictionary = read("1 0 obj <</Length 12>> % a comment\nstream\n");

    assertEquals(12L, dictionary.get("Length"));
  }

  @Test
  void refusesWhatIsNotJustADictionaryBeforeTheStream() {
    assertNull(read("1 0 obj [1 2 3] stream\n"), "not a dictionary");
    assertNull(read("1 0 obj << /Length 12 >> garbage stream\n"), "something after it");
    assertNull(read("1 0 obj << /Length 12 stream\n"), "unterminated");
    assertNull(read("1 0 obj << 12 /Length >> stream\n"), "a key that is not a name");
    assertNull(read("1 0 obj " + "<< /A ".repeat(40) + ">> ".repeat(40) + "stream\n"), "too deep");
  }

  @Test
  void delimitersAndSpacesEndAWord() {
    for (char c : " \n\r\t\f()<>[]{}/%".toCharArray()) {
      assertEquals(true, StreamDictionaryReader.isDelimiterOrSpace(c), "'" + c + "'");
    }
    assertEquals(false, StreamDictionaryReader.isDelimiterOrSpace('a'));
    assertEquals(false, StreamDictionaryReader.isDelimiterOrSpace('0'));
  }
}
