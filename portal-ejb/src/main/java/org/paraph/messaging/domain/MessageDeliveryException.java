package org.paraph.messaging.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/** The mail server or the SMS gateway refused or could not be reached. */
public class MessageDeliveryException extends PortalException {

  private final boolean permanent;

  public MessageDeliveryException(String channel, Throwable cause) {
    this(channel, cause, false);
  }

  /**
   * @param permanent whether trying again cannot help (the server refused the recipient for good),
   *     as opposed to a server that is down or busy
   */
  public MessageDeliveryException(String channel, Throwable cause, boolean permanent) {
    super(
        FailureKind.UNAVAILABLE,
        "message-not-delivered",
        "The " + channel + " could not be delivered: " + cause.getMessage(),
        cause);
    this.permanent = permanent;
  }

  public boolean permanent() {
    return permanent;
  }
}
