package org.paraph.shared.domain;

/**
 * An uploaded image (a workflow's branding logo, a drawn signature) declaring more pixels than the
 * portal accepts: refused from its header, before anything decodes it (422 {@code
 * image-too-large}).
 */
public final class ImageTooLargeException extends PortalException {

  /**
   * @param what the image, as the person who sent it knows it ("The drawn signature")
   * @param declared its declared size
   * @param maxSide the longest side accepted, in pixels
   */
  public ImageTooLargeException(String what, ImageSize declared, int maxSide) {
    super(
        FailureKind.UNPROCESSABLE,
        "image-too-large",
        what
            + " is "
            + declared
            + "; at most "
            + maxSide
            + " pixels a side are accepted. Scale it down and send it again.");
  }
}
