package org.paraph.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.paraph.seals.domain.Placement;

/**
 * Reads back the boxes of signature widgets, converted to what a {@link Placement} means: points
 * from the top-left corner of the page as displayed (crop box, rotation applied).
 */
public final class SignatureWidgets {

  private SignatureWidgets() {}

  /** Every visible widget (non-empty /Rect) of every page, as displayed placements. */
  public static List<Placement> displayedBoxes(byte[] pdf) {
    List<Placement> boxes = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int number = 0;
      for (PDPage page : document.getPages()) {
        number++;
        for (PDAnnotation annotation : page.getAnnotations()) {
          PDRectangle rect = annotation.getRectangle();
          if (annotation instanceof PDAnnotationWidget && rect != null && rect.getWidth() > 0) {
            boxes.add(displayed(number, rect, page.getCropBox(), page.getRotation()));
          }
        }
      }
      return boxes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A viewer turns the page clockwise by its rotation. Which corner of the crop box ends up top
   * left: bottom-left for 90, bottom-right for 180, top-right for 270.
   */
  static Placement displayed(int page, PDRectangle rect, PDRectangle crop, int rotation) {
    return switch (Math.floorMod(rotation, 360)) {
      case 90 ->
          new Placement(
              page,
              rect.getLowerLeftY() - crop.getLowerLeftY(),
              rect.getLowerLeftX() - crop.getLowerLeftX(),
              rect.getHeight(),
              rect.getWidth());
      case 180 ->
          new Placement(
              page,
              crop.getUpperRightX() - rect.getUpperRightX(),
              rect.getLowerLeftY() - crop.getLowerLeftY(),
              rect.getWidth(),
              rect.getHeight());
      case 270 ->
          new Placement(
              page,
              crop.getUpperRightY() - rect.getUpperRightY(),
              crop.getUpperRightX() - rect.getUpperRightX(),
              rect.getHeight(),
              rect.getWidth());
      default ->
          new Placement(
              page,
              rect.getLowerLeftX() - crop.getLowerLeftX(),
              crop.getUpperRightY() - rect.getUpperRightY(),
              rect.getWidth(),
              rect.getHeight());
    };
  }
}
