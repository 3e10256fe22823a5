package org.paraph.workflows.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/**
 * A workflow's branding the portal refuses. It names the field, so that the wizard shows the
 * message next to it and the API says which member of {@code branding} is wrong; the problem type
 * stays {@code invalid-workflow}, as for any other part of a workflow request.
 */
public final class InvalidBrandingException extends PortalException {

  /** Which value of the branding is wrong. */
  public enum Field {
    PRIMARY_COLOUR("primaryColour"),
    REDIRECT_URL("redirectUrl"),
    LOGO("logoBase64");

    private final String apiName;

    Field(String apiName) {
      this.apiName = apiName;
    }

    /** The member's name in the API's {@code branding} object. */
    public String apiName() {
      return apiName;
    }
  }

  private final Field field;

  InvalidBrandingException(Field field, ProblemText text) {
    super(FailureKind.BAD_REQUEST, "invalid-workflow", text);
    this.field = field;
  }

  public Field field() {
    return field;
  }
}
