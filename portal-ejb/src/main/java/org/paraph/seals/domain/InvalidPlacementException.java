package org.paraph.seals.domain;

import java.util.List;
import java.util.Locale;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/** The box asked for the seal's annotation cannot be used on this document. */
public final class InvalidPlacementException extends PortalException {

  private InvalidPlacementException(String problemType, String message) {
    super(FailureKind.UNPROCESSABLE, problemType, message);
  }

  static InvalidPlacementException malformed(String reason) {
    return new InvalidPlacementException("invalid-placement", "Invalid seal placement: " + reason);
  }

  static InvalidPlacementException noSuchPage(int page, int pageCount) {
    return new InvalidPlacementException(
        "placement-off-page",
        "The seal cannot go on page "
            + page
            + ": the document has "
            + pageCount
            + (pageCount == 1 ? " page." : " pages."));
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
        String.format(
            Locale.ROOT,
            "The seal box (x %.1f, y %.1f, width %.1f, height %.1f) does not fit inside page %d,"
                + " which measures %.1f x %.1f points: move or shrink the box.",
            placement.x(),
            placement.y(),
            placement.width(),
            placement.height(),
            placement.page(),
            pageWidth,
            pageHeight));
  }

  /** The box cannot hold the annotation's text at a legible size. */
  public static InvalidPlacementException tooSmallForText(
      Placement placement, float minimumWidth, float minimumHeight) {
    return new InvalidPlacementException(
        "placement-too-small",
        String.format(
            Locale.ROOT,
            "The seal box (%.1f x %.1f points) is too small for its text: make it at least"
                + " %.0f x %.0f points.",
            placement.width(),
            placement.height(),
            Math.ceil(minimumWidth),
            Math.ceil(minimumHeight)));
  }

  /** The box covers an existing annotation (a form field, a link, an earlier seal). */
  public static InvalidPlacementException overlapsAnnotation(Placement placement) {
    return new InvalidPlacementException(
        "placement-overlaps-annotation",
        "The seal box on page "
            + placement.page()
            + " overlaps an existing annotation (a form field, a link or an earlier seal):"
            + " move the box to a free area.");
  }

  /** The keyword to place the seal at does not occur in the document's text. */
  public static InvalidPlacementException keywordNotFound(String keyword) {
    return new InvalidPlacementException(
        "keyword-not-found",
        "The keyword '"
            + keyword
            + "' does not occur in the document's text (a scanned page has no text to search):"
            + " check its spelling and case, or give coordinates instead.");
  }

  /**
   * The document has no signature field of that name.
   *
   * @param emptyFields the names of the signature fields that could be sealed instead
   */
  public static InvalidPlacementException fieldNotFound(String name, List<String> emptyFields) {
    return new InvalidPlacementException(
        "field-not-found",
        "The document has no signature field named '" + name + "'. " + available(emptyFields));
  }

  /** The field of that name is a form field of another kind (text, check box...). */
  public static InvalidPlacementException notASignatureField(
      String name, List<String> emptyFields) {
    return new InvalidPlacementException(
        "field-not-found",
        "The field '" + name + "' is not a signature field. " + available(emptyFields));
  }

  /** The signature field already holds a signature, which sealing into it would destroy. */
  public static InvalidPlacementException fieldAlreadySigned(String name) {
    return new InvalidPlacementException(
        "field-already-signed",
        "The signature field '"
            + name
            + "' is already signed: choose an empty signature field, or leave out 'field' to add"
            + " a new one.");
  }

  private static String available(List<String> emptyFields) {
    return emptyFields.isEmpty()
        ? "It has no empty signature field: leave out 'field' to add a new one."
        : "Empty signature fields: " + String.join(", ", emptyFields) + ".";
  }
}
