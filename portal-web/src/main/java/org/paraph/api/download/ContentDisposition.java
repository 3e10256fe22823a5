package org.paraph.api.download;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} header of a download whose name came from a user (an uploaded
 * file's name), per RFC 6266: an ASCII {@code filename="..."} for old clients and {@code
 * filename*=UTF-8''...} with the real name percent-encoded (RFC 8187).
 *
 * <p>The name is the uploader's text: line breaks in it would end the header and start another
 * (response splitting), a quote would end the parameter, a {@code ;} or a {@code /} could change
 * how a client reads it. Control characters and path separators are therefore dropped or replaced
 * in both forms; in the quoted fallback everything outside printable ASCII, quotes, backslashes and
 * {@code ;} become {@code _}; the encoded form keeps every other character.
 */
public final class ContentDisposition {

  private static final String FALLBACK_NAME = "download";

  private ContentDisposition() {}

  /** For a file to save. */
  public static String attachment(String fileName) {
    return header("attachment", fileName);
  }

  /** For a file the browser may show itself (a report). */
  public static String inline(String fileName) {
    return header("inline", fileName);
  }

  private static String header(String type, String fileName) {
    String name = cleaned(fileName);
    return type + "; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + encoded(name);
  }

  /** The name without control characters, line or paragraph separators and path separators. */
  static String cleaned(String fileName) {
    if (fileName == null) {
      return FALLBACK_NAME;
    }
    StringBuilder out = new StringBuilder(fileName.length());
    fileName
        .codePoints()
        .forEach(
            c -> {
              if (c == '/' || c == '\\') {
                out.append('_');
              } else if (!Character.isISOControl(c)
                  && Character.getType(c) != Character.LINE_SEPARATOR
                  && Character.getType(c) != Character.PARAGRAPH_SEPARATOR
                  && Character.getType(c) != Character.FORMAT) {
                out.appendCodePoint(c);
              }
            });
    String name = out.toString().strip();
    return name.isEmpty() || name.chars().allMatch(c -> c == '.') ? FALLBACK_NAME : name;
  }

  private static String asciiFallback(String name) {
    StringBuilder out = new StringBuilder(name.length());
    name.codePoints()
        .forEach(
            c -> {
              boolean plain = c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';';
              out.append(plain ? (char) c : '_');
            });
    return out.toString();
  }

  /** RFC 8187 ext-value: attr-char kept, every other UTF-8 byte as %XX. */
  private static String encoded(String name) {
    StringBuilder out = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isAttrChar(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  private static boolean isAttrChar(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "!#$&+-.^_`|~".indexOf(c) >= 0;
  }
}
