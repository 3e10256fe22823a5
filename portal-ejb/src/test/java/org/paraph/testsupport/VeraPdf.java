package org.paraph.testsupport;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the PDF Association's reference PDF/A validator, run in-process (its greenfield parser
 * and validation model): the independent judge of whether a file is PDF/A.
 */
public final class VeraPdf {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  /**
   * What veraPDF says of {@code pdf} against {@code flavour}.
   *
   * @param flavour e.g. "1b", "2b", "3b"
   */
  public static Verdict validate(byte[] pdf, String flavour) {
    PDFAFlavour expected = PDFAFlavour.fromString(flavour);
    try (PDFAParser parser =
        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), expected)) {
      PDFAValidator validator = Foundries.defaultInstance().createValidator(expected, false);
      ValidationResult result = validator.validate(parser);
      return new Verdict(result.isCompliant(), failedRules(result));
    } catch (Exception e) {
      throw new AssertionError("veraPDF could not validate the file: " + e, e);
    }
  }

  /**
   * @param compliant whether every rule of the flavour passed
   * @param failures per failed rule ("6.3.2-1"), its description and the first places it failed
   */
  public record Verdict(boolean compliant, Map<String, String> failures) {

    @Override
    public String toString() {
      if (compliant) {
        return "compliant";
      }
      return failures.entrySet().stream()
          .map(failure -> failure.getKey() + ": " + failure.getValue())
          .collect(Collectors.joining("\n", "not compliant:\n", ""));
    }
  }

  private static Map<String, String> failedRules(ValidationResult result) {
    Map<String, List<TestAssertion>> byRule =
        result.getTestAssertions().stream()
            .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
            .collect(
                Collectors.groupingBy(
                    assertion ->
                        assertion.getRuleId().getClause()
                            + "-"
                            + assertion.getRuleId().getTestNumber(),
                    TreeMap::new,
                    Collectors.toList()));
    Map<String, String> failures = new TreeMap<>();
    byRule.forEach(
        (rule, assertions) ->
            failures.put(
                rule,
                assertions.get(0).getMessage()
                    + " ("
                    + assertions.size()
                    + "x, e.g. "
                    + assertions.stream()
                        .limit(3)
                        .map(
                            assertion ->
                                assertion.getLocation().getContext()
                                    + (assertion.getErrorMessage() == null
                                        ? ""
                                        : " [" + assertion.getErrorMessage() + "]"))
                        .collect(Collectors.joining("; "))
                    + ")"));
    return failures;
  }
}
