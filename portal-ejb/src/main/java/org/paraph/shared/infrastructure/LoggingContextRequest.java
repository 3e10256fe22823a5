package org.paraph.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.MDC;
import org.paraph.shared.application.CurrentRequest;

/** The request id from the logging context of this thread, where the web module put it. */
@ApplicationScoped
public class LoggingContextRequest implements CurrentRequest {

  @Override
  public Optional<String> id() {
    return MDC.get(LOG_KEY) instanceof String id ? Optional.of(id) : Optional.empty();
  }
}
