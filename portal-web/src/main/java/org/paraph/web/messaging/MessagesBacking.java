package org.paraph.web.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.paraph.messaging.application.MessageOutbox;
import org.paraph.messaging.domain.OutboxMessage;
import org.paraph.web.shell.Timestamps;

/** The e-mails and SMS that have not reached their recipients: still retried, or failed. */
@Named
@ViewScoped
public class MessagesBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 500;

  @Inject MessageOutbox outbox;

  private List<OutboxMessage> messages;

  @PostConstruct
  public void refresh() {
    messages = outbox.undelivered(SHOWN);
  }

  public List<OutboxMessage> getMessages() {
    return messages;
  }

  public String format(Instant instant) {
    return instant == null ? "" : Timestamps.format(instant);
  }
}
