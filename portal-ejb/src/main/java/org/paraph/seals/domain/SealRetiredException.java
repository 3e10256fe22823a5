package org.paraph.seals.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/**
 * A request names a seal taken out of service: it no longer seals, whether asked directly, in a
 * batch queued before it was retired, or by id.
 */
public class SealRetiredException extends PortalException {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  public SealRetiredException(String sealName, Instant retiredAt) {
    super(
        FailureKind.CONFLICT,
        "seal-retired",
        "The seal '"
            + sealName
            + "' was retired on "
            + WHEN.format(retiredAt.truncatedTo(ChronoUnit.MINUTES))
            + " and can no longer seal: choose another seal.");
  }
}
