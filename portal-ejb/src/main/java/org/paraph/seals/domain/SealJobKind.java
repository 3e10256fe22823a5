package org.paraph.seals.domain;

/**
 * What a seal job does. The queue knows one kind so far; auto-seal, hot folders and the end of a
 * workflow enqueue the same "seal this stored version" job with their own options.
 */
public enum SealJobKind {
  /** Seal a stored document version; the result becomes the document's next version. */
  SEAL_VERSION
}
