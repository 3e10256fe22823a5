package org.paraph.workflows.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a participant's signature appears: a box on a page of one of the workflow's documents, in
 * PDF points from the top-left corner of the displayed page, as the API's coordinates are.
 */
@Embeddable
public class SignatureBox {

  @Column(name = "document_position", nullable = false)
  private int documentPosition;

  @Column(name = "page_number", nullable = false)
  private int page;

  @Column(nullable = false)
  private float x;

  @Column(nullable = false)
  private float y;

  @Column(nullable = false)
  private float width;

  @Column(nullable = false)
  private float height;

  @Column(name = "field_name")
  private String name;

  protected SignatureBox() {}

  public SignatureBox(
      int documentPosition, int page, float x, float y, float width, float height, String name) {
    this.documentPosition = documentPosition;
    this.page = page;
    this.x = x;
    this.y = y;
    this.width = width;
    this.height = height;
    this.name = name;
  }

  /** 0-based index of the document in the workflow. */
  public int documentPosition() {
    return documentPosition;
  }

  public int page() {
    return page;
  }

  public float x() {
    return x;
  }

  public float y() {
    return y;
  }

  public float width() {
    return width;
  }

  public float height() {
    return height;
  }

  /** The name the sender gave the box, or null. */
  public String name() {
    return name;
  }

  /**
   * Whether this box and the other share some area on the same page of the same document: a
   * signature's widget may not cover another's. Boxes that only touch along an edge or at a corner
   * do not overlap.
   */
  public boolean overlaps(SignatureBox other) {
    return documentPosition == other.documentPosition
        && page == other.page
        && x < other.x + other.width
        && other.x < x + width
        && y < other.y + other.height
        && other.y < y + height;
  }
}
