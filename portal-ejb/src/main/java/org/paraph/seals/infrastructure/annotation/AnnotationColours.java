package org.paraph.seals.infrastructure.annotation;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.paraph.seals.domain.SealLogo;

/**
 * The annotation's colours and logo in what the sealed document's {@link ArchivalClaim} allows:
 * DeviceRGB and the logo as it is for most documents; calibrated sRGB (the JDK's profile, embedded
 * once per seal) where DeviceRGB is not allowed (a PDF/A file without an RGB output intent); the
 * logo laid on white where transparency is forbidden.
 */
final class AnnotationColours {

  private final PDDocument document;
  private final ArchivalClaim archival;
  private PDColorSpace space;

  /**
   * @param document the document the colour space and the logo are added to
   */
  AnnotationColours(PDDocument document, ArchivalClaim archival) {
    this.document = document;
    this.archival = archival;
  }

  PDColor of(Color colour) throws IOException {
    return new PDColor(colour.getRGBColorComponents(null), space());
  }

  /** PDFBox keeps a JPEG as it is (DCT) and compresses a PNG losslessly, alpha included. */
  PDImageXObject logo(SealLogo logo) throws IOException {
    boolean png = !"image/jpeg".equals(logo.mediaType());
    if (archival.needsCalibratedRgb()) {
      PDImageXObject image = LosslessFactory.createFromImage(document, rgbPixels(logo));
      image.setColorSpace(space());
      return image;
    }
    if (png && archival.forbidsTransparency()) {
      return LosslessFactory.createFromImage(document, rgbPixels(logo));
    }
    return PDImageXObject.createFromByteArray(document, logo.content(), "logo");
  }

  private PDColorSpace space() throws IOException {
    if (!archival.needsCalibratedRgb()) {
      return PDDeviceRGB.INSTANCE;
    }
    if (space == null) {
      COSStream profile = document.getDocument().createCOSStream();
      profile.setInt(COSName.N, 3);
      try (OutputStream out = profile.createOutputStream(COSName.FLATE_DECODE)) {
        out.write(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
      }
      COSArray array = new COSArray();
      array.add(COSName.ICCBASED);
      array.add(profile);
      space = PDICCBased.create(array, null);
    }
    return space;
  }

  /**
   * The logo's pixels as 8-bit RGB, whatever the file's own colour model (gray, palette, 16-bit):
   * composed over white, without an alpha channel, where transparency is forbidden (what a viewer
   * shows on a white page, and no soft mask); with their alpha otherwise.
   */
  private BufferedImage rgbPixels(SealLogo logo) throws IOException {
    BufferedImage original = ImageIO.read(new ByteArrayInputStream(logo.content()));
    if (original == null) {
      throw new IOException("The seal's logo cannot be read as an image");
    }
    boolean opaque = archival.forbidsTransparency() || !original.getColorModel().hasAlpha();
    BufferedImage rgb =
        new BufferedImage(
            original.getWidth(),
            original.getHeight(),
            opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
    Graphics2D graphics = rgb.createGraphics();
    try {
      if (opaque) {
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
      }
      graphics.drawImage(original, 0, 0, null);
    } finally {
      graphics.dispose();
    }
    return rgb;
  }
}
