package org.paraph.web.workflows;

import java.io.Serializable;
import org.paraph.workflows.domain.SignatureBox;

/**
 * A box of a participant on a page of a document of a {@link WorkflowDraft}, in PDF points from the
 * top-left. The page's script moves and resizes it through {@link BoxPositionCodec}.
 */
public class DraftBox implements Serializable {
  private static final long serialVersionUID = 1L;
  final DraftParticipant person;
  final int document;
  final int page;
  float x;
  float y;
  float width;
  float height;

  DraftBox(
      DraftParticipant person,
      int document,
      int page,
      float x,
      float y,
      float width,
      float height) {
    this.person = person;
    this.document = document;
    this.page = page;
    this.x = x;
    this.y = y;
    this.width = width;
    this.height = height;
  }

  public DraftParticipant getPerson() {
    return person;
  }

  /** The box as the workflow will hold it. */
  SignatureBox signatureBox() {
    return new SignatureBox(document, page, x, y, width, height, null);
  }

  public String getX() {
    return BoxPositionCodec.points(x);
  }

  public String getY() {
    return BoxPositionCodec.points(y);
  }

  public String getWidth() {
    return BoxPositionCodec.points(width);
  }

  public String getHeight() {
    return BoxPositionCodec.points(height);
  }
}
