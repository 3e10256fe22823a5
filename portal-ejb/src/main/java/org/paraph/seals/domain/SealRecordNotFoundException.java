package org.paraph.seals.domain;

import java.util.UUID;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/** No seal record with this id exists (or the caller may not see it). */
public class SealRecordNotFoundException extends PortalException {

  public SealRecordNotFoundException(String id) {
    super(FailureKind.NOT_FOUND, "seal-not-found", ProblemText.of("problem.seal-not-found", id));
  }

  public SealRecordNotFoundException(UUID id) {
    this(id.toString());
  }
}
