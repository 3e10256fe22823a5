package org.paraph.shared.domain;

/** The portal's configuration (a PARAPH_* variable, a key file) is unusable. */
public class ConfigurationException extends PortalException {

  public ConfigurationException(ProblemText text) {
    super(FailureKind.UNAVAILABLE, "configuration-error", text);
  }

  public ConfigurationException(ProblemText text, Throwable cause) {
    super(FailureKind.UNAVAILABLE, "configuration-error", text, cause);
  }
}
