package org.paraph.shared.domain;

/** The portal's configuration (a PARAPH_* variable, a key file) is unusable. */
public class ConfigurationException extends PortalException {

  public ConfigurationException(String message) {
    super(FailureKind.UNAVAILABLE, "configuration-error", message);
  }

  public ConfigurationException(String message, Throwable cause) {
    super(FailureKind.UNAVAILABLE, "configuration-error", message, cause);
  }
}
