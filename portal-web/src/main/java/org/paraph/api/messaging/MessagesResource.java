package org.paraph.api.messaging;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.paraph.messaging.application.MessageOutbox;
import org.paraph.messaging.domain.OutboxMessage;

/**
 * {@code /api/v1/messages} for administrators: the e-mails and SMS not delivered yet (still being
 * retried) or given up, with their last error. Bodies are left out: they hold one-time passwords
 * and participants' links.
 */
@Path("messages")
public class MessagesResource {

  static final int SHOWN = 1000;

  @Inject MessageOutbox outbox;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<UndeliveredMessage> undelivered() {
    return outbox.undelivered(SHOWN).stream().map(UndeliveredMessage::of).toList();
  }

  /** One message that has not reached its recipient. */
  public record UndeliveredMessage(
      String id,
      String channel,
      String recipient,
      String subject,
      String state,
      int attempts,
      String createdAt,
      String nextAttemptAt,
      String lastError) {

    static UndeliveredMessage of(OutboxMessage message) {
      return new UndeliveredMessage(
          message.id().toString(),
          message.channel().name(),
          message.recipient(),
          message.subject(),
          message.state().name(),
          message.attempts(),
          message.createdAt().toString(),
          message.pending() ? message.nextAttemptAt().toString() : null,
          message.lastError());
    }
  }
}
