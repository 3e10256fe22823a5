package org.paraph.shared.domain;

import jakarta.ejb.ApplicationException;
import java.util.Locale;
import java.util.Objects;
import org.paraph.shared.i18n.PortalTexts;

/**
 * The one exception family that crosses layers. Each subclass is a case a user can act on: it
 * carries a stable problem type (the last segment of the RFC 9457 {@code type} URI) and the kind of
 * failure, from which the REST layer derives the HTTP status and the pages their message. Adapters
 * translate DSS, PDFBox, Flowable and JDBC exceptions into this family.
 *
 * <p>Every case carries its words as a {@link ProblemText}, a key of the core's bundle, which the
 * API and the pages write in the reader's language; its message is the same text in English, for
 * the log. There is no constructor that takes a message: a refusal written in code could not be
 * read in another language.
 */
@ApplicationException(rollback = true)
public abstract class PortalException extends RuntimeException {

  private final String problemType;
  private final FailureKind kind;
  private final ProblemText text;

  protected PortalException(FailureKind kind, String problemType, ProblemText text) {
    this(kind, problemType, text, null);
  }

  protected PortalException(
      FailureKind kind, String problemType, ProblemText text, Throwable cause) {
    super(text.in(PortalTexts.DEFAULT), cause);
    this.kind = kind;
    this.problemType = problemType;
    this.text = Objects.requireNonNull(text, "text");
  }

  /** Stable, machine-readable name of the problem, e.g. {@code not-a-pdf}. */
  public String problemType() {
    return problemType;
  }

  public FailureKind kind() {
    return kind;
  }

  /** The words of the bundle. */
  public ProblemText text() {
    return text;
  }

  /** What a reader of {@code locale} is told. */
  public String detailIn(Locale locale) {
    return text.in(locale);
  }
}
