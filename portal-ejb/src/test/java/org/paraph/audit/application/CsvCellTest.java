package org.paraph.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a spreadsheet opening the audit CSV would run as a formula, and what it gets instead. */
class CsvCellTest {

  static String[][] formulas() {
    return new String[][] {
      {"=HYPERLINK(\"http://evil.example\")", "\"'=HYPERLINK(\"\"http://evil.example\"\")\""},
      {"+1+1", "\"'+1+1\""},
      {"-1+1", "\"'-1+1\""},
      {"@SUM(A1)", "\"'@SUM(A1)\""},
      {"\t=1+1", "\"'\t=1+1\""},
      {"\r=1+1", "\"'\r=1+1\""},
      {"\tplain after a tab", "\"'\tplain after a tab\""},
      {"  =1+1", "\"'  =1+1\""},
      {"\u00A0=1+1", "\"'\u00A0=1+1\""},
      {"\u0000=1+1", "\"'\u0000=1+1\""},
      {"Report\r\n=1+1", "\"'Report\r\n=1+1\""},
      {"Report\n =1+1", "\"'Report\n =1+1\""},
      {"Report\u0085=1+1", "\"'Report\u0085=1+1\""},
      {"Report\u2028@cmd", "\"'Report\u2028@cmd\""},
      {"Report\u2029+cmd", "\"'Report\u2029+cmd\""},
      {"\uFF1D1+1", "\"'\uFF1D1+1\""},
    };
  }

  @ParameterizedTest
  @MethodSource("formulas")
  void aValueThatCouldStartAFormulaIsMarkedAsTextAndQuoted(String value, String cell) {
    assertEquals(cell, CsvCell.of(value));
  }

  static String[][] plainValues() {
    return new String[][] {
      {"Alice Martin", "Alice Martin"},
      {"a=b", "a=b"},
      {"x-y", "x-y"},
      {"mail@example.org", "mail@example.org"},
      {"Dupont, Jean", "\"Dupont, Jean\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"line one\r\nline two", "\"line one\r\nline two\""},
      {"line one\u2028line two", "\"line one\u2028line two\""},
      {"", ""},
    };
  }

  @ParameterizedTest
  @MethodSource("plainValues")
  void otherValuesStayAsTheyAreAndAreQuotedOnlyWhenCsvNeedsIt(String value, String cell) {
    assertEquals(cell, CsvCell.of(value));
  }

  @Test
  void noValueIsAnEmptyField() {
    assertEquals("", CsvCell.of(null));
  }
}
