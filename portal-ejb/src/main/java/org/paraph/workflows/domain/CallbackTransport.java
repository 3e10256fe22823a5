package org.paraph.workflows.domain;

import java.time.Instant;

/**
 * Carries one callback to the workflow's callback URL and says how the receiver answered. Never
 * throws for what the receiver or the network did: that is in the {@link Attempt}. Implemented over
 * HTTP, HMAC-signed, in {@code workflows.infrastructure} ({@code CallbackPoster}).
 */
public interface CallbackTransport {

  /**
   * The receiver's answer.
   *
   * @param status its HTTP status, or null when there was none
   * @param error why it was not accepted (a refused address, a network failure, a non-2xx status),
   *     or null when it was
   */
  record Attempt(Integer status, String error) {
    public boolean accepted() {
      return status != null && status / 100 == 2;
    }
  }

  /**
   * Posts one delivery.
   *
   * @param secret the workflow's callback secret, which signs the body and the time
   * @param now the time the signature carries
   */
  Attempt post(
      String url, String event, String deliveryId, String body, String secret, Instant now);
}
