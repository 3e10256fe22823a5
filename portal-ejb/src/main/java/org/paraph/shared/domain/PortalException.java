package org.paraph.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * The one exception family that crosses layers. Each subclass is a case a user can act on: it
 * carries a stable problem type (the last segment of the RFC 9457 {@code type} URI) and the kind of
 * failure, from which the REST layer derives the HTTP status and the pages their message. Adapters
 * translate DSS, PDFBox, Flowable and JDBC exceptions into this family.
 */
@ApplicationException(rollback = true)
public abstract class PortalException extends RuntimeException {

  private final String problemType;
  private final FailureKind kind;

  protected PortalException(FailureKind kind, String problemType, String message) {
    super(message);
    this.kind = kind;
    this.problemType = problemType;
  }

  protected PortalException(FailureKind kind, String problemType, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.problemType = problemType;
  }

  /** Stable, machine-readable name of the problem, e.g. {@code not-a-pdf}. */
  public String problemType() {
    return problemType;
  }

  public FailureKind kind() {
    return kind;
  }
}
