package org.paraph.seals.infrastructure.tsa;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.paraph.seals.domain.SealingFailedException;
import org.paraph.seals.infrastructure.Failures;

/**
 * Several timestamp authorities asked in order: the first usable token wins. Each authority is
 * {@linkplain GuardedTspSource guarded} on its own, so one that is down, refuses, or answers with a
 * token over other data is passed over for the next. When none answers, the failure names every
 * authority tried and what each did.
 */
final class FailoverTspSource implements TSPSource {

  private static final long serialVersionUID = 1L;

  /** One authority: where it is (for the error) and how to reach it. */
  record Authority(String url, TSPSource source) {
    Authority {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(source, "source");
    }
  }

  private final transient List<Authority> authorities;

  FailoverTspSource(List<Authority> authorities) {
    if (authorities.isEmpty()) {
      throw new IllegalArgumentException("at least one timestamp authority");
    }
    this.authorities = List.copyOf(authorities);
  }

  @Override
  public TimestampBinary getTimeStampResponse(DigestAlgorithm digestAlgorithm, byte[] digest) {
    List<String> failures = new ArrayList<>();
    for (Authority authority : authorities) {
      try {
        return new GuardedTspSource(authority.source())
            .getTimeStampResponse(digestAlgorithm, digest);
      } catch (SealingFailedException e) {
        failures.add(
            authority.url() + ": " + Failures.describe(e.getCause() != null ? e.getCause() : e));
      }
    }
    throw SealingFailedException.noTimestampAuthority(failures);
  }
}
