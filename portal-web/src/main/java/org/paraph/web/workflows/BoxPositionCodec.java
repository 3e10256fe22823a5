package org.paraph.web.workflows;

import java.util.List;
import java.util.Locale;

/**
 * How the positions of the boxes of the page shown travel between the page's script and the wizard:
 * one "x,y,width,height" per box, in PDF points from the top-left with two decimals, in the order
 * of the boxes, separated by ";". The script writes them into a hidden field.
 */
final class BoxPositionCodec {

  private BoxPositionCodec() {}

  /** A coordinate or size as the page shows it and the script writes it back. */
  static String points(float value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** The positions of {@code boxes}, in their order. */
  static String encode(List<DraftBox> boxes) {
    StringBuilder text = new StringBuilder();
    for (DraftBox box : boxes) {
      if (!text.isEmpty()) {
        text.append(';');
      }
      text.append(box.getX())
          .append(',')
          .append(box.getY())
          .append(',')
          .append(box.getWidth())
          .append(',')
          .append(box.getHeight());
    }
    return text.toString();
  }

  /**
   * Moves {@code boxes} to the positions the script wrote, the first position to the first box. A
   * position that is not four numbers leaves its box where it was; positions past the last box, and
   * boxes past the last position, are left alone.
   */
  static void apply(String positions, List<DraftBox> boxes) {
    if (positions == null || positions.isBlank()) {
      return;
    }
    String[] each = positions.split(";");
    for (int i = 0; i < Math.min(each.length, boxes.size()); i++) {
      String[] values = each[i].split(",");
      if (values.length != 4) {
        continue;
      }
      try {
        DraftBox box = boxes.get(i);
        box.x = Float.parseFloat(values[0]);
        box.y = Float.parseFloat(values[1]);
        box.width = Float.parseFloat(values[2]);
        box.height = Float.parseFloat(values[3]);
      } catch (NumberFormatException e) {
        // a value the script did not write: the box stays where it was
      }
    }
  }
}
