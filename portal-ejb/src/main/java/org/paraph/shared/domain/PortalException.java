package org.paraph.shared.domain;

import jakarta.ejb.ApplicationException;
import java.util.Locale;
import java.util.Optional;
import org.paraph.shared.i18n.PortalTexts;

/**
 * The one exception family that crosses layers. Each subclass is a case a user can act on: it
 * carries a stable problem type (the last segment of the RFC 9457 {@code type} URI) and the kind of
 * failure, from which the REST layer derives the HTTP status and the pages their message. Adapters
 * translate DSS, PDFBox, Flowable and JDBC exceptions into this family.
 *
 * <p>A case whose words are in the core's bundle carries them as a {@link ProblemText}, which the
 * API writes in the reader's language; its message is the same text in English, for the log. A case
 * not yet moved to the bundle has its English message only.
 */
@ApplicationException(rollback = true)
public abstract class PortalException extends RuntimeException {

  private final String problemType;
  private final FailureKind kind;
  private final ProblemText text;

  protected PortalException(FailureKind kind, String problemType, String message) {
    this(kind, problemType, message, (Throwable) null);
  }

  protected PortalException(FailureKind kind, String problemType, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.problemType = problemType;
    this.text = null;
  }

  protected PortalException(FailureKind kind, String problemType, ProblemText text) {
    this(kind, problemType, text, null);
  }

  protected PortalException(
      FailureKind kind, String problemType, ProblemText text, Throwable cause) {
    super(text.in(PortalTexts.DEFAULT), cause);
    this.kind = kind;
    this.problemType = problemType;
    this.text = text;
  }

  /** Stable, machine-readable name of the problem, e.g. {@code not-a-pdf}. */
  public String problemType() {
    return problemType;
  }

  public FailureKind kind() {
    return kind;
  }

  /** The words of the bundle, if this case has them. */
  public Optional<ProblemText> text() {
    return Optional.ofNullable(text);
  }

  /** What a reader of {@code locale} is told: the bundle's words, else the English message. */
  public String detailIn(Locale locale) {
    return text == null ? getMessage() : text.in(locale);
  }
}
