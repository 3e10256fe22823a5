package org.paraph.workflows.domain;

/** How a participant's signature looks in its box. */
public enum SignatureMode {
  /** The participant types the text shown (usually the name). */
  TYPED,
  /** The participant draws the signature; it is shown as an image. */
  DRAWN
}
