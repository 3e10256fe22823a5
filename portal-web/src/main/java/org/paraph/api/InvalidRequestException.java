package org.paraph.api;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/**
 * A request the API cannot take as it is: a missing, unknown or malformed part or parameter. Its
 * words are a {@code problem.request.*} key of the core's bundle, {@code ProblemText.of(
 * "problem.request.not-an-id", id)}.
 */
public final class InvalidRequestException extends PortalException {

  public InvalidRequestException(String problemType, ProblemText text) {
    super(FailureKind.BAD_REQUEST, problemType, text);
  }
}
