package org.paraph.shared.domain;

/**
 * An uploaded image (a workflow's branding logo, a drawn signature) declaring more pixels than the
 * portal accepts: refused from its header, before anything decodes it (422 {@code
 * image-too-large}).
 */
public final class ImageTooLargeException extends PortalException {

  private ImageTooLargeException(ProblemText text) {
    super(FailureKind.UNPROCESSABLE, "image-too-large", text);
  }

  /** A participant's drawn signature; {@code maxSide} is the longest side accepted, in pixels. */
  public static ImageTooLargeException drawnSignature(ImageSize declared, int maxSide) {
    return new ImageTooLargeException(
        ProblemText.of(
            "problem.image-too-large.drawn-signature",
            declared.width(),
            declared.height(),
            maxSide));
  }

  /** A workflow's branding logo; {@code maxSide} is the longest side accepted, in pixels. */
  public static ImageTooLargeException brandingLogo(ImageSize declared, int maxSide) {
    return new ImageTooLargeException(
        ProblemText.of(
            "problem.image-too-large.branding-logo", declared.width(), declared.height(), maxSide));
  }
}
