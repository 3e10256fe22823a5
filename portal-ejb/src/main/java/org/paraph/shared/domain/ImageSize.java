package org.paraph.shared.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The dimensions an image file declares, read from its header without decoding a pixel. A PNG of a
 * few kilobytes can declare 40,000 x 40,000 pixels, and decoding it would allocate gigabytes before
 * any check on the decoded image could run: uploaded images are measured with this first.
 *
 * @param width in pixels
 * @param height in pixels
 */
public record ImageSize(int width, int height) {

  /**
   * The size declared by a PNG, JPEG or other image the JDK can read; empty when no reader
   * recognises the file or its header is damaged.
   */
  public static Optional<ImageSize> of(byte[] image) {
    if (image == null || image.length == 0) {
      return Optional.empty();
    }
    try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
      if (input == null) {
        return Optional.empty();
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(input, true, true);
        return Optional.of(new ImageSize(reader.getWidth(0), reader.getHeight(0)));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Whether neither side is longer than {@code maxSide} pixels. */
  public boolean fitsWithin(int maxSide) {
    return width <= maxSide && height <= maxSide;
  }

  @Override
  public String toString() {
    return width + " x " + height + " pixels";
  }
}
