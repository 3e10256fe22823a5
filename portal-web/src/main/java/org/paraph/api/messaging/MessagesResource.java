package org.paraph.api.messaging;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.paraph.api.InvalidRequestException;
import org.paraph.messaging.application.MessageOutbox;
import org.paraph.messaging.domain.OutboxMessage;
import org.paraph.shared.domain.ProblemText;

/**
 * {@code /api/v1/messages} for administrators: the e-mails and SMS not delivered yet (still being
 * retried) or given up, with their last error; with {@code ?state=SENT}, those delivered. Subjects
 * and bodies are the redacted copies: the participants' link tokens and one-time passwords in them
 * read {@code [redacted]}, and the portal itself keeps no readable copy of them once sent.
 */
@Path("messages")
public class MessagesResource {

  static final int SHOWN = 1000;

  @Inject MessageOutbox outbox;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<OutboxEntry> list(@QueryParam("state") String state) {
    List<OutboxMessage> messages;
    if (state == null || state.isBlank()) {
      messages = outbox.undelivered(SHOWN);
    } else if (state.strip().equalsIgnoreCase(OutboxMessage.State.SENT.name())) {
      messages = outbox.delivered(SHOWN);
    } else {
      throw new InvalidRequestException(
          "invalid-parameter", ProblemText.of("problem.request.message-state", state));
    }
    return messages.stream().map(OutboxEntry::of).toList();
  }

  /** One message, as an administrator may read it. */
  public record OutboxEntry(
      String id,
      String channel,
      String recipient,
      String subject,
      String body,
      String state,
      int attempts,
      String createdAt,
      String nextAttemptAt,
      String sentAt,
      String lastError) {

    static OutboxEntry of(OutboxMessage message) {
      return new OutboxEntry(
          message.id().toString(),
          message.channel().name(),
          message.recipient(),
          message.subject(),
          message.redactedBody(),
          message.state().name(),
          message.attempts(),
          message.createdAt().toString(),
          message.pending() ? message.nextAttemptAt().toString() : null,
          message.sentAt() == null ? null : message.sentAt().toString(),
          message.lastError());
    }
  }
}
