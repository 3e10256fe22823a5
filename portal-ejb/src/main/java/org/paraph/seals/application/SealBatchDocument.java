package org.paraph.seals.application;

import java.util.Objects;

/**
 * One document handed in with a batch.
 *
 * @param fileName its name as the caller gave it
 * @param content its bytes, checked only when its job runs (a file that is not a PDF fails its own
 *     job, not the batch)
 */
public record SealBatchDocument(String fileName, byte[] content) {

  public SealBatchDocument {
    Objects.requireNonNull(content, "content");
  }
}
