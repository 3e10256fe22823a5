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
import org.paraph.web.i18n.Texts;
import org.paraph.web.shell.Timestamps;

/**
 * The e-mails and SMS that have not reached their recipients (still retried, or failed), or those
 * delivered; their texts as redacted copies only.
 */
@Named
@ViewScoped
public class MessagesBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 500;

  @Inject MessageOutbox outbox;
  @Inject Texts texts;

  private List<OutboxMessage> messages;
  private boolean delivered;

  @PostConstruct
  public void refresh() {
    messages = delivered ? outbox.delivered(SHOWN) : outbox.undelivered(SHOWN);
  }

  public boolean isDelivered() {
    return delivered;
  }

  public void setDelivered(boolean delivered) {
    this.delivered = delivered;
  }

  public List<OutboxMessage> getMessages() {
    return messages;
  }

  /** Where a message stands, in the reader's words. */
  public String state(OutboxMessage.State state) {
    return texts.label("messages.state.", state.name());
  }

  public String format(Instant instant) {
    return instant == null ? "" : Timestamps.format(instant);
  }
}
