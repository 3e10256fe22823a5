package org.paraph.seals.infrastructure.keys.csc;

/** The service refused a request (HTTP 4xx): the portal's settings are wrong, not the network. */
final class CscRefusal extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  CscRefusal(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
