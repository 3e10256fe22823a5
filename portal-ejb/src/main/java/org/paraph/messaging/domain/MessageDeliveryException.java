package org.paraph.messaging.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/** The mail server or the SMS gateway refused or could not be reached. */
public class MessageDeliveryException extends PortalException {

  private final boolean permanent;

  private MessageDeliveryException(ProblemText text, Throwable cause, boolean permanent) {
    super(FailureKind.UNAVAILABLE, "message-not-delivered", text, cause);
    this.permanent = permanent;
  }

  /**
   * An e-mail the server did not take.
   *
   * @param permanent whether trying again cannot help (the server refused the recipient for good),
   *     as opposed to a server that is down or busy
   */
  public static MessageDeliveryException email(String to, Throwable cause, boolean permanent) {
    return new MessageDeliveryException(
        ProblemText.of("problem.message-not-delivered.email", to, cause.getMessage()),
        cause,
        permanent);
  }

  /** A text message the SMS gateway did not take; trying again may help. */
  public static MessageDeliveryException textMessage(String to, Throwable cause) {
    return new MessageDeliveryException(
        ProblemText.of("problem.message-not-delivered.sms", to, cause.getMessage()), cause, false);
  }

  public boolean permanent() {
    return permanent;
  }
}
