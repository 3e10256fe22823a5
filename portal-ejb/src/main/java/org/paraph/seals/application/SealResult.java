package org.paraph.seals.application;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/** How an attempt to seal ended, as metrics count it. */
public enum SealResult {
  /** Sealed at the level asked (or the seal's default). */
  SEALED("sealed"),
  /** Sealed at B-B because no timestamp authority answered and the seal's policy allows it. */
  DEGRADED("degraded"),
  /** Refused for what the request asked or sent: not a PDF, a retired seal, a bad placement. */
  REFUSED("refused"),
  /** Failed on the portal's side or a service it depends on: a TSA, an HSM, a trust service. */
  FAILED("failed");

  private final String code;

  SealResult(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The result of an attempt that threw {@code failure}. */
  public static SealResult of(RuntimeException failure) {
    if (failure instanceof PortalException portal && portal.kind() != FailureKind.UNAVAILABLE) {
      return REFUSED;
    }
    return FAILED;
  }
}
