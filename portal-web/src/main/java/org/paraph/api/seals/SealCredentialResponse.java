package org.paraph.api.seals;

import java.time.Instant;
import java.util.List;
import org.paraph.seals.application.SealOverview;
import org.paraph.web.seals.SealLabels;

/**
 * A seal in service as the API lists it: its name (what requests give as {@code seal}), whose it is
 * (empty {@code owner}: the organisation's), where its key is, and its certificate with its
 * warnings in the caller's language (English unless they ask for another).
 */
public record SealCredentialResponse(
    String id,
    String name,
    String owner,
    String credentialKind,
    boolean test,
    boolean organisationDefault,
    String subject,
    String issuer,
    Instant notAfter,
    List<String> warnings) {

  static SealCredentialResponse of(SealOverview seal, SealLabels labels) {
    return new SealCredentialResponse(
        seal.id().toString(),
        seal.name(),
        seal.owner(),
        seal.credentialKind(),
        seal.test(),
        seal.organisationDefault(),
        seal.certificate().subject(),
        seal.certificate().issuer(),
        seal.certificate().notAfter(),
        seal.certificate().warnings().stream().map(labels::warning).toList());
  }
}
