package org.paraph.seals.application;

import java.util.List;
import org.paraph.seals.domain.SealBatch;
import org.paraph.seals.domain.SealJobState;

/** A batch and each of its documents, as far as the queue got. */
public record SealBatchProgress(SealBatch batch, List<SealJobView> documents) {

  public SealBatchProgress {
    documents = List.copyOf(documents);
  }

  public int total() {
    return documents.size();
  }

  public long count(SealJobState state) {
    return documents.stream().filter(d -> d.state() == state).count();
  }

  public long done() {
    return count(SealJobState.DONE);
  }

  public long failed() {
    return count(SealJobState.FAILED);
  }

  /** Waiting or being sealed. */
  public long pending() {
    return total() - done() - failed();
  }

  /** Every document is DONE or FAILED. */
  public boolean complete() {
    return pending() == 0;
  }

  /** The share of documents finished (done or failed), 0 to 100. */
  public int percent() {
    return total() == 0 ? 100 : (int) ((done() + failed()) * 100 / total());
  }
}
