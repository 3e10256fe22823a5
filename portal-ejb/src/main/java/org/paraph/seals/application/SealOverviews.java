package org.paraph.seals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.paraph.seals.domain.CertificateReport;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealRecordRepository;
import org.paraph.seals.domain.SealRepository;

/**
 * The seals in service as people see them: every seal with its certificate's report for
 * administrators, a user's own personal certificates for their profile.
 */
@ApplicationScoped
public class SealOverviews {

  @Inject SealRepository seals;
  @Inject SealKeys sealKeys;
  @Inject SealRecordRepository records;
  @Inject Clock clock;

  /** Every seal in service with its certificate's report, by name: what an administrator sees. */
  @Transactional
  public List<SealOverview> overview() {
    Map<UUID, Long> stored = records.storedBytesBySeal();
    return seals.inService().stream().map(seal -> overviewOf(seal, stored)).toList();
  }

  /** The personal certificates in service of this user, by name: what their profile shows. */
  @Transactional
  public List<SealOverview> personalSeals(String username) {
    Map<UUID, Long> stored = records.storedBytesBySeal();
    return seals.ownedBy(username).stream().map(seal -> overviewOf(seal, stored)).toList();
  }

  private SealOverview overviewOf(Seal seal, Map<UUID, Long> storedBytes) {
    return new SealOverview(
        seal.id(),
        seal.name(),
        seal.organisationName(),
        seal.credentialKind().name(),
        seal.test(),
        seal.organisationDefault(),
        CertificateReport.of(sealKeys.chainOf(seal).get(0), clock.instant()),
        sealKeys.usageOf(seal),
        seal.owner().orElse(""),
        storedBytes.getOrDefault(seal.id(), 0L));
  }
}
