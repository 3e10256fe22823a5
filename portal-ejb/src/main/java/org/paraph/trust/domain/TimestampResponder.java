package org.paraph.trust.domain;

/**
 * The portal's own RFC 3161 timestamp authority at work, whether the request comes over HTTP or
 * in-process from a sealer. Made by {@link TimestampResponders}.
 */
public interface TimestampResponder {

  /**
   * Answers one request. Never throws for a bad request: it gets a {@code rejection} response.
   *
   * @param timeStampRequest a DER {@code TimeStampReq}
   * @return a DER {@code TimeStampResp}, granted with a token or rejected with a reason
   */
  byte[] respond(byte[] timeStampRequest);
}
