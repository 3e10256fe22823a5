package org.paraph.seals.domain;

import java.time.Instant;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/**
 * A request names a seal taken out of service: it no longer seals, whether asked directly, in a
 * batch queued before it was retired, or by id.
 */
public class SealRetiredException extends PortalException {

  public SealRetiredException(String sealName, Instant retiredAt) {
    super(
        FailureKind.CONFLICT,
        "seal-retired",
        ProblemText.of("problem.seal-retired", sealName, retiredAt));
  }
}
