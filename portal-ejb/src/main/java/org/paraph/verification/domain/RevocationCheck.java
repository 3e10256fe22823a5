package org.paraph.verification.domain;

import java.util.List;

/**
 * Whether the revocation status of a signer's certificate was checked, with what, and why not.
 *
 * @param applicable false when the signer's certificate needs no check: it is itself a trust
 *     anchor, or it leads to no trusted authority at all (then nothing it names is fetched either)
 * @param sources the revocation data used for the signer's certificate; empty when none was found
 * @param problems what went wrong looking for revocation data of the signer's chain, each as "what
 *     at which host: why" (e.g. {@code OCSP at ocsp.example.com: no answer within 5 seconds})
 */
public record RevocationCheck(
    boolean applicable, List<RevocationSource> sources, List<String> problems) {

  public RevocationCheck {
    sources = List.copyOf(sources);
    problems = List.copyOf(problems);
  }

  /** Nothing to say: no signing certificate, or one that needs no check. */
  public static RevocationCheck notApplicable() {
    return new RevocationCheck(false, List.of(), List.of());
  }

  public boolean checked() {
    return !sources.isEmpty();
  }

  public boolean revoked() {
    return sources.stream().anyMatch(RevocationSource::revoked);
  }
}
