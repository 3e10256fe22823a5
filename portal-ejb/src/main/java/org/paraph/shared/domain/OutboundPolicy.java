package org.paraph.shared.domain;

import java.util.Optional;

/**
 * Which addresses the portal may connect to on a client's behalf (document and callback URLs, a
 * trust service): http(s) only, never a special-purpose address unless the operator allows it.
 * Application code asks it before it accepts an address, so that a bad one is refused with a clear
 * reason when it is given rather than when it is used. Implemented by {@code
 * shared.infrastructure.OutboundGuard}, which the outbound HTTP clients also connect through.
 */
public interface OutboundPolicy {

  /**
   * Why the portal refuses this URL, in the core's bundle's words, or empty when it may connect.
   */
  Optional<ProblemText> refusal(String url);
}
