package org.paraph.seals.domain;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.paraph.shared.domain.ImageSize;
import org.paraph.shared.domain.ProblemText;

/**
 * The image drawn at the left of a seal's annotation: a PNG or a JPEG, embedded as it is (a JPEG
 * keeps its compression), so it is kept small.
 *
 * @param content the file's bytes
 * @param mediaType {@code image/png} or {@code image/jpeg}
 * @param width its width in pixels
 * @param height its height in pixels
 */
public record SealLogo(byte[] content, String mediaType, int width, int height) {

  /** A logo is drawn a few centimetres wide: more than this only makes every sealed file larger. */
  public static final int MAX_BYTES = 256 * 1024;

  /** The longest side accepted, checked from the file's header before any decoding. */
  public static final int MAX_PIXELS = 4000;

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

  public SealLogo {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  /**
   * Reads an uploaded logo.
   *
   * @throws InvalidSealSettingsException {@code invalid-logo} when it is empty, too large, or not a
   *     readable PNG or JPEG
   */
  public static SealLogo read(byte[] file) {
    if (file == null || file.length == 0) {
      throw InvalidSealSettingsException.invalidLogo(ProblemText.of("problem.invalid-logo.empty"));
    }
    if (file.length > MAX_BYTES) {
      throw InvalidSealSettingsException.invalidLogo(
          ProblemText.of("problem.invalid-logo.too-heavy", file.length / 1024, MAX_BYTES / 1024));
    }
    String mediaType;
    if (startsWith(file, PNG)) {
      mediaType = "image/png";
    } else if (startsWith(file, JPEG)) {
      mediaType = "image/jpeg";
    } else {
      throw InvalidSealSettingsException.invalidLogo(
          ProblemText.of("problem.invalid-logo.not-an-image"));
    }
    // Measured from the header first: decoding a PNG that declares 40,000 x 40,000 pixels would
    // allocate gigabytes before the decoded image could be checked.
    ImageSize declared =
        ImageSize.of(file)
            .orElseThrow(
                () ->
                    InvalidSealSettingsException.invalidLogo(
                        ProblemText.of("problem.invalid-logo.unreadable", mediaType)));
    if (!declared.fitsWithin(MAX_PIXELS)) {
      throw InvalidSealSettingsException.invalidLogo(
          ProblemText.of(
              "problem.invalid-logo.too-large", declared.width(), declared.height(), MAX_PIXELS));
    }
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(file));
    } catch (IOException | RuntimeException e) {
      image = null;
    }
    if (image == null) {
      throw InvalidSealSettingsException.invalidLogo(
          ProblemText.of("problem.invalid-logo.unreadable", mediaType));
    }
    return new SealLogo(file, mediaType, image.getWidth(), image.getHeight());
  }

  private static boolean startsWith(byte[] file, byte[] magic) {
    return file.length >= magic.length && Arrays.equals(Arrays.copyOf(file, magic.length), magic);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SealLogo logo
        && Arrays.equals(content, logo.content)
        && mediaType.equals(logo.mediaType);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "SealLogo[" + mediaType + ", " + width + "x" + height + ", " + content.length + " B]";
  }
}
