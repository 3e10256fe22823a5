package org.paraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The benchmark's documents, made with PDFBox from a fixed seed, so that every run seals the same
 * bytes: A4 pages with a paragraph of text and a photo-like image (noise, which does not compress,
 * so that the size is what it says). PDFBox 3 saves them with object streams and a cross-reference
 * stream, as most current producers do.
 */
final class BenchmarkPdfs {

  /** Each page's image: 256 x 256 RGB, about 197 KB compressed. */
  private static final int IMAGE_SIDE = 256;

  private static final String TEXT =
      "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt"
          + " ut labore et dolore magna aliqua.";

  private BenchmarkPdfs() {}

  /**
   * A document of at least {@code minimumBytes}, cached in {@code directory} under {@code name}.
   */
  static Path ofSize(Path directory, String name, long minimumBytes) throws IOException {
    Path file = directory.resolve(name);
    if (Files.exists(file) && Files.size(file) >= minimumBytes) {
      return file;
    }
    Files.createDirectories(directory);
    long perPage = IMAGE_SIDE * IMAGE_SIDE * 3L;
    int pages = (int) Math.max(1, (minimumBytes + perPage - 1) / perPage);
    Random random = new Random(20261121L);
    Path partial = directory.resolve(name + ".part");
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        PDImageXObject image = LosslessFactory.createFromImage(document, noise(random));
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, 11);
          content.newLineAtOffset(72, 770);
          content.showText("Page " + (p + 1) + " of " + pages);
          for (int line = 0; line < 20; line++) {
            content.newLineAtOffset(0, -14);
            content.showText(TEXT.substring(0, 40 + (line * 7) % 60));
          }
          content.endText();
          content.drawImage(image, 72, 72, 400, 400);
        }
      }
      try (OutputStream out = Files.newOutputStream(partial)) {
        document.save(out);
      }
    }
    Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return file;
  }

  private static java.awt.image.BufferedImage noise(Random random) {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(
            IMAGE_SIDE, IMAGE_SIDE, java.awt.image.BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < IMAGE_SIDE; y++) {
      for (int x = 0; x < IMAGE_SIDE; x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    return image;
  }
}
