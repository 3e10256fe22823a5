package org.paraph.shared.application;

import java.util.Optional;

/**
 * The id of the request the current thread serves, as the web module gave it (its {@code
 * RequestIds}), so that what the request records (its audit events) names it as its log lines do.
 * Empty outside a request: timers, seal workers, the start.
 */
public interface CurrentRequest {

  /** The key of the id in the logging context (the log formats print {@code %X{requestId}}). */
  String LOG_KEY = "requestId";

  Optional<String> id();
}
