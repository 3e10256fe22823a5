package org.paraph.seals.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/** Someone other than its owner asked to seal with a personal certificate. */
public class PersonalSealException extends PortalException {

  public PersonalSealException(String sealName, String caller) {
    super(
        FailureKind.FORBIDDEN,
        "personal-seal",
        "'"
            + sealName
            + "' is a personal certificate: only its owner may seal with it, and '"
            + caller
            + "' is not its owner.");
  }
}
