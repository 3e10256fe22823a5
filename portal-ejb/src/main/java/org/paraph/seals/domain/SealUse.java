package org.paraph.seals.domain;

/**
 * How a seal came to be used: the list that metrics count by, and that the seal access rules of the
 * governance work will grant uses from. Each use has a stable code, the word metrics and the API
 * write.
 */
public enum SealUse {
  /** A person sealing one document on the "Seal a document" page. */
  BROWSER("browser"),
  /** A document of a batch, sealed by the job queue in the name of who queued it. */
  BATCH("batch"),
  /** {@code POST /api/v1/seals}. */
  API("api"),
  /** The end of a workflow: its documents and audit trail sealed with the organisation seal. */
  WORKFLOW("workflow");

  private final String code;

  SealUse(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
