package org.paraph.documents.infrastructure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough of the PDF syntax (ISO 32000-1, 7.3) to read a stream's dictionary from the raw
 * bytes, for {@link PdfStreamGuard}: names become {@link Name}s, integers {@code Long}s, indirect
 * references {@link Reference}s (not looked up), arrays lists and dictionaries maps; strings and
 * other keywords are kept as text or dropped. Anything else means the dictionary cannot be read.
 */
final class StreamDictionaryReader {

  private static final int MAX_DEPTH = 32;

  /** A PDF name, told apart from strings and keywords. */
  record Name(String value) {}

  /** An indirect reference: its target is not looked up. */
  record Reference() {}

  private final byte[] pdf;
  private int at;
  private final int end;

  private StreamDictionaryReader(byte[] pdf, int at, int end) {
    this.pdf = pdf;
    this.at = at;
    this.end = end;
  }

  private Object value(int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new IOException("nesting too deep");
    }
    skipSpace();
    int c = peek();
    if (c == '/') {
      at++;
      return new Name(regular());
    }
    if (c == '(') {
      skipLiteral();
      return "";
    }
    if (c == '[') {
      at++;
      List<Object> array = new ArrayList<>();
      while (true) {
        skipSpace();
        if (peek() == ']') {
          at++;
          return array;
        }
        array.add(value(depth + 1));
      }
    }
    if (c == '<' && at + 1 < end && pdf[at + 1] == '<') {
      at += 2;
      Map<String, Object> dictionary = new HashMap<>();
      while (true) {
        skipSpace();
        if (peek() == '>') {
          expect('>');
          expect('>');
          return dictionary;
        }
        if (!(value(depth + 1) instanceof Name key)) {
          throw new IOException("name expected");
        }
        dictionary.put(key.value(), value(depth + 1));
      }
    }
    if (c == '<') {
      while (peek() != '>') {
        at++;
      }
      at++;
      return "";
    }
    String word = regular();
    if (word.isEmpty()) {
      throw new IOException("unexpected byte");
    }
    if (word.matches("\\d{1,18}")) {
      int mark = at;
      skipSpace();
      String generation = regular();
      skipSpace();
      if (generation.matches("\\d{1,9}") && peek() == 'R') {
        at++;
        return new Reference();
      }
      at = mark;
      return Long.parseLong(word);
    }
    return word;
  }

  private String regular() {
    int start = at;
    while (at < end && !isDelimiterOrSpace(pdf[at] & 0xFF)) {
      at++;
    }
    return new String(pdf, start, at - start, StandardCharsets.ISO_8859_1);
  }

  private void skipLiteral() throws IOException {
    expect('(');
    int depth = 1;
    while (depth > 0) {
      int c = peek();
      at++;
      if (c == '\\') {
        at++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
    }
  }

  private void expect(char c) throws IOException {
    if (peek() != c) {
      throw new IOException("'" + c + "' expected");
    }
    at++;
  }

  private int peek() throws IOException {
    if (at >= end) {
      throw new IOException("end of dictionary");
    }
    return pdf[at] & 0xFF;
  }

  private void skipSpace() {
    while (at < end) {
      int c = pdf[at] & 0xFF;
      if (c == '%') {
        while (at < end && pdf[at] != '\n' && pdf[at] != '\r') {
          at++;
        }
      } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0) {
        at++;
      } else {
        return;
      }
    }
  }

  /**
   * The dictionary that starts at {@code from} (after "obj") and ends right before {@code end} (the
   * "stream" keyword); {@code null} when that is not what stands between them.
   */
  static Map<String, Object> read(byte[] pdf, int from, int end) {
    try {
      StreamDictionaryReader reader = new StreamDictionaryReader(pdf, from, end);
      if (!(reader.value(0) instanceof Map<?, ?> dictionary)) {
        return null;
      }
      reader.skipSpace();
      if (reader.at != end) {
        return null;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> entries = (Map<String, Object>) dictionary;
      return entries;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** White space and delimiters end a name, a number or a keyword (ISO 32000-1, 7.2.2). */
  static boolean isDelimiterOrSpace(int c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0 || c == '('
        || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
        || c == '/' || c == '%';
  }
}
