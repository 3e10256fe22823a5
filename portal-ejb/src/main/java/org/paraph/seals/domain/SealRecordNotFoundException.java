package org.paraph.seals.domain;

import java.util.UUID;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/** No seal record with this id exists (or the caller may not see it). */
public class SealRecordNotFoundException extends PortalException {

  public SealRecordNotFoundException(String id) {
    super(FailureKind.NOT_FOUND, "seal-not-found", "There is no seal record " + id);
  }

  public SealRecordNotFoundException(UUID id) {
    this(id.toString());
  }
}
