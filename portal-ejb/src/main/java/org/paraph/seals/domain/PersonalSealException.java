package org.paraph.seals.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/** Someone other than its owner asked to seal with a personal certificate. */
public class PersonalSealException extends PortalException {

  public PersonalSealException(String sealName, String caller) {
    super(
        FailureKind.FORBIDDEN,
        "personal-seal",
        ProblemText.of("problem.personal-seal", sealName, caller));
  }
}
