package org.paraph.audit.application;

/**
 * One CSV field (RFC 4180) that a spreadsheet will not run as a formula.
 *
 * <p>Spreadsheets start a formula at {@code = + - @} (and their full-width forms), also after
 * leading blanks or control characters (a tab, a carriage return), and some importers cut a quoted
 * field at a line break (CR, LF, NEL U+0085, LS U+2028, PS U+2029) and read what follows as a new
 * cell. A value that could start a formula in any of these ways is prefixed with {@code '} (which
 * spreadsheets show as a text marker) and quoted; other values are only quoted when the CSV syntax
 * needs it. The JSON export keeps every value exactly as recorded.
 */
final class CsvCell {

  private CsvCell() {}

  static String of(String value) {
    if (value == null) {
      return "";
    }
    if (mayStartFormula(value)) {
      return quote("'" + value);
    }
    return needsQuotes(value) ? quote(value) : value;
  }

  /**
   * Whether the value, or any line of it, starts with a formula character once leading blanks and
   * control characters are skipped; a leading tab or carriage return alone counts too (some
   * spreadsheets strip it and read on).
   */
  static boolean mayStartFormula(String value) {
    if (!value.isEmpty() && (value.charAt(0) == '\t' || value.charAt(0) == '\r')) {
      return true;
    }
    boolean lineStart = true;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isLineBreak(c)) {
        lineStart = true;
      } else if (lineStart && isBlankOrControl(c)) {
        // still before the first visible character of this line
      } else if (lineStart && isFormulaStart(c)) {
        return true;
      } else {
        lineStart = false;
      }
    }
    return false;
  }

  private static boolean needsQuotes(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == ';' || isLineBreak(c)) {
        return true;
      }
    }
    return false;
  }

  private static String quote(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isBlankOrControl(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
  }

  private static boolean isFormulaStart(char c) {
    return switch (c) {
      case '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
      default -> false;
    };
  }
}
