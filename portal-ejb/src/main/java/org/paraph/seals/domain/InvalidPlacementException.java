package org.paraph.seals.domain;

import java.util.List;
import java.util.Locale;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/** The box asked for the seal's annotation cannot be used on this document. */
public final class InvalidPlacementException extends PortalException {

  private InvalidPlacementException(String problemType, ProblemText text) {
    super(FailureKind.UNPROCESSABLE, problemType, text);
  }

  static InvalidPlacementException malformed(ProblemText reason) {
    return new InvalidPlacementException(
        "invalid-placement", ProblemText.of("problem.invalid-placement", reason));
  }

  static InvalidPlacementException noSuchPage(int page, int pageCount) {
    return new InvalidPlacementException(
        "placement-off-page",
        pageCount == 1
            ? ProblemText.of("problem.placement-off-page.page", page)
            : ProblemText.of("problem.placement-off-page.pages", page, pageCount));
  }

  /**
   * The box does not fit inside the page.
   *
   * @param pageWidth the displayed width of the page, in points
   * @param pageHeight the displayed height of the page, in points
   */
  public static InvalidPlacementException offPage(
      Placement placement, float pageWidth, float pageHeight) {
    return new InvalidPlacementException(
        "placement-off-page",
        ProblemText.of(
            "problem.placement-off-page",
            points(placement.x()),
            points(placement.y()),
            points(placement.width()),
            points(placement.height()),
            placement.page(),
            points(pageWidth),
            points(pageHeight)));
  }

  /** The box cannot hold the annotation's text at a legible size. */
  public static InvalidPlacementException tooSmallForText(
      Placement placement, float minimumWidth, float minimumHeight) {
    return new InvalidPlacementException(
        "placement-too-small",
        ProblemText.of(
            "problem.placement-too-small",
            points(placement.width()),
            points(placement.height()),
            String.format(Locale.ROOT, "%.0f", Math.ceil(minimumWidth)),
            String.format(Locale.ROOT, "%.0f", Math.ceil(minimumHeight))));
  }

  /** The box covers an existing annotation (a form field, a link, an earlier seal). */
  public static InvalidPlacementException overlapsAnnotation(Placement placement) {
    return new InvalidPlacementException(
        "placement-overlaps-annotation",
        ProblemText.of("problem.placement-overlaps-annotation", placement.page()));
  }

  /** The keyword to place the seal at does not occur in the document's text. */
  public static InvalidPlacementException keywordNotFound(String keyword) {
    return new InvalidPlacementException(
        "keyword-not-found", ProblemText.of("problem.keyword-not-found", keyword));
  }

  /**
   * The document has no signature field of that name.
   *
   * @param emptyFields the names of the signature fields that could be sealed instead
   */
  public static InvalidPlacementException fieldNotFound(String name, List<String> emptyFields) {
    return new InvalidPlacementException(
        "field-not-found", ProblemText.of("problem.field-not-found", name, available(emptyFields)));
  }

  /** The field of that name is a form field of another kind (text, check box...). */
  public static InvalidPlacementException notASignatureField(
      String name, List<String> emptyFields) {
    return new InvalidPlacementException(
        "field-not-found",
        ProblemText.of(
            "problem.field-not-found.not-a-signature-field", name, available(emptyFields)));
  }

  /** The signature field already holds a signature, which sealing into it would destroy. */
  public static InvalidPlacementException fieldAlreadySigned(String name) {
    return new InvalidPlacementException(
        "field-already-signed", ProblemText.of("problem.field-already-signed", name));
  }

  private static ProblemText available(List<String> emptyFields) {
    return emptyFields.isEmpty()
        ? ProblemText.of("problem.field-not-found.none-empty")
        : ProblemText.of("problem.field-not-found.empty-fields", String.join(", ", emptyFields));
  }

  /**
   * A length in points as the API takes it, one decimal after a point, rounded as before: the same
   * in every language, so that it can be copied into a request.
   */
  private static String points(float value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
