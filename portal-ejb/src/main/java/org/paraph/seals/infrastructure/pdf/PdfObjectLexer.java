package org.paraph.seals.infrastructure.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.cos.ICOSParser;

/**
 * A tokenizer of PDF objects over bytes (ISO 32000-1, 7.2 and 7.3), for {@link PdfStructureReader}:
 * values (names, strings, numbers, references, arrays, dictionaries), keywords, integers and the
 * raw data after "stream". Anything it does not expect is an {@link IOException}, so that the
 * reader steps aside. Not thread-safe: it moves along its bytes.
 */
final class PdfObjectLexer {

  private static final int MAX_DEPTH = 64;

  private final byte[] bytes;
  private final ICOSParser references;
  private int at;

  /**
   * Reads {@code bytes} from {@code at} on; references it meets become {@link COSObject}s that
   * {@code references} resolves.
   */
  PdfObjectLexer(byte[] bytes, int at, ICOSParser references) {
    this.bytes = bytes;
    this.at = at;
    this.references = references;
  }

  COSBase value(int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new IOException("nesting too deep");
    }
    skipSpace();
    int c = peek();
    if (c == '/') {
      return name();
    }
    if (c == '(') {
      return literal();
    }
    if (c == '[') {
      at++;
      COSArray array = new COSArray();
      while (true) {
        skipSpace();
        if (peek() == ']') {
          at++;
          return array;
        }
        array.add(value(depth + 1));
      }
    }
    if (c == '<') {
      if (at + 1 < bytes.length && bytes[at + 1] == '<') {
        at += 2;
        COSDictionary dictionary = new COSDictionary();
        while (true) {
          skipSpace();
          if (peek() == '>') {
            expect('>');
            expect('>');
            return dictionary;
          }
          COSName key = name();
          dictionary.setItem(key, value(depth + 1));
        }
      }
      return hex();
    }
    if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')) {
      return numberOrReference();
    }
    String word = word();
    return switch (word) {
      case "true" -> COSBoolean.TRUE;
      case "false" -> COSBoolean.FALSE;
      case "null" -> COSNull.NULL;
      default -> throw new IOException("unexpected '" + word + "'");
    };
  }

  private COSBase numberOrReference() throws IOException {
    String first = number();
    if (first.indexOf('.') < 0 && first.charAt(0) != '-' && first.charAt(0) != '+') {
      int mark = at;
      skipSpace();
      if (isDigit(peek())) {
        String second = number();
        skipSpace();
        if (second.indexOf('.') < 0 && peek() == 'R' && isDelimiterOrSpace(at + 1)) {
          at++;
          COSObjectKey key = new COSObjectKey(Long.parseLong(first), Integer.parseInt(second));
          return new COSObject(key, references);
        }
      }
      at = mark;
      return COSInteger.get(Long.parseLong(first));
    }
    if (first.indexOf('.') < 0) {
      return COSInteger.get(Long.parseLong(first));
    }
    return new COSFloat(first);
  }

  private String number() {
    int start = at;
    while (at < bytes.length
        && (isDigit(bytes[at]) || bytes[at] == '.' || bytes[at] == '-' || bytes[at] == '+')) {
      at++;
    }
    return new String(bytes, start, at - start, StandardCharsets.US_ASCII);
  }

  long integer() throws IOException {
    skipSpace();
    int start = at;
    while (at < bytes.length && isDigit(bytes[at]) && at - start < 18) {
      at++;
    }
    if (at == start) {
      throw new IOException("number expected");
    }
    return Long.parseLong(new String(bytes, start, at - start, StandardCharsets.US_ASCII));
  }

  String word() throws IOException {
    skipSpace();
    int start = at;
    while (at < bytes.length && !isDelimiterOrSpace(at)) {
      at++;
    }
    if (at == start) {
      throw new IOException("keyword expected");
    }
    return new String(bytes, start, at - start, StandardCharsets.US_ASCII);
  }

  void expectKeyword(String keyword) throws IOException {
    if (!keyword.equals(word())) {
      throw new IOException("'" + keyword + "' expected");
    }
  }

  /** Whether the keyword comes next; consumed if so. */
  boolean atKeyword(String keyword) {
    int mark = at;
    try {
      if (keyword.equals(word())) {
        return true;
      }
    } catch (IOException e) {
      // not a keyword
    }
    at = mark;
    return false;
  }

  /** After "stream": its end of line, then {@code length} bytes. */
  byte[] streamData(int length) throws IOException {
    if (peek() == '\r') {
      at++;
    }
    if (peek() == '\n') {
      at++;
    }
    if (length < 0 || at + length > bytes.length) {
      throw new IOException("stream runs past the end of the file");
    }
    byte[] data = Arrays.copyOfRange(bytes, at, at + length);
    at += length;
    return data;
  }

  private COSName name() throws IOException {
    expect('/');
    ByteArrayOutputStream name = new ByteArrayOutputStream(16);
    while (at < bytes.length && !isDelimiterOrSpace(at)) {
      int c = bytes[at++] & 0xFF;
      if (c == '#' && at + 1 < bytes.length) {
        c = Integer.parseInt(new String(bytes, at, 2, StandardCharsets.US_ASCII), 16);
        at += 2;
      }
      name.write(c);
    }
    return COSName.getPDFName(name.toString(StandardCharsets.UTF_8));
  }

  private COSString literal() throws IOException {
    expect('(');
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    int depth = 1;
    while (true) {
      if (at >= bytes.length) {
        throw new IOException("unterminated string");
      }
      int c = bytes[at++] & 0xFF;
      if (c == '\\') {
        int e = bytes[at++] & 0xFF;
        switch (e) {
          case 'n' -> text.write('\n');
          case 'r' -> text.write('\r');
          case 't' -> text.write('\t');
          case 'b' -> text.write('\b');
          case 'f' -> text.write('\f');
          case '\r' -> {
            if (peek() == '\n') {
              at++;
            }
          }
          case '\n' -> {}
          default -> {
            if (e >= '0' && e <= '7') {
              int value = e - '0';
              for (int i = 0; i < 2 && peek() >= '0' && peek() <= '7'; i++) {
                value = value * 8 + (bytes[at++] - '0');
              }
              text.write(value & 0xFF);
            } else {
              text.write(e);
            }
          }
        }
      } else if (c == '(') {
        depth++;
        text.write(c);
      } else if (c == ')') {
        if (--depth == 0) {
          return new COSString(text.toByteArray());
        }
        text.write(c);
      } else {
        text.write(c);
      }
    }
  }

  private COSString hex() throws IOException {
    expect('<');
    StringBuilder digits = new StringBuilder();
    while (peek() != '>') {
      if (at >= bytes.length) {
        throw new IOException("unterminated hex string");
      }
      char c = (char) bytes[at++];
      if (Character.digit(c, 16) >= 0) {
        digits.append(c);
      }
    }
    at++;
    if (digits.length() % 2 == 1) {
      digits.append('0');
    }
    return COSString.parseHex(digits.toString());
  }

  private void expect(char c) throws IOException {
    if (peek() != c) {
      throw new IOException("'" + c + "' expected");
    }
    at++;
  }

  private int peek() {
    return at < bytes.length ? bytes[at] & 0xFF : -1;
  }

  private void skipSpace() {
    while (at < bytes.length) {
      int c = bytes[at] & 0xFF;
      if (c == '%') {
        while (at < bytes.length && bytes[at] != '\n' && bytes[at] != '\r') {
          at++;
        }
      } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0) {
        at++;
      } else {
        return;
      }
    }
  }

  private boolean isDelimiterOrSpace(int index) {
    if (index >= bytes.length) {
      return true;
    }
    int c = bytes[index] & 0xFF;
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0 || c == '('
        || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
        || c == '/' || c == '%';
  }

  private boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }
}
