package org.paraph.seals.application;

import java.util.UUID;
import org.paraph.seals.domain.CertificateReport;

/** A seal as the administration page lists it. */
public record SealOverview(
    UUID id,
    String name,
    String organisationName,
    String credentialKind,
    boolean test,
    boolean organisationDefault,
    CertificateReport certificate) {}
