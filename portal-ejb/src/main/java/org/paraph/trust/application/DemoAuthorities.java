package org.paraph.trust.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.paraph.seals.application.SealKeys;
import org.paraph.seals.domain.SealingKey;
import org.paraph.shared.domain.ConfigurationException;
import org.paraph.trust.domain.AuthorityRole;
import org.paraph.trust.domain.TrustAuthority;
import org.paraph.trust.domain.TrustAuthorityRepository;
import org.paraph.trust.infrastructure.DemoCrlIssuer;
import org.paraph.trust.infrastructure.DemoPkiGenerator;
import org.paraph.trust.infrastructure.DemoTimestampAuthority;

/**
 * The demo authorities at work: the root's current CRL and the timestamp authority, with their keys
 * decrypted once and kept in memory.
 */
@ApplicationScoped
public class DemoAuthorities {

  /** Where the portal serves the demo root's CRL, below its base URL. */
  public static final String CRL_PATH = DemoPkiGenerator.CRL_PATH;

  /** A CRL is re-issued well before its next update, so a fetched one is always fresh. */
  private static final Duration CRL_REISSUE_AFTER = Duration.ofHours(1);

  @Inject TrustAuthorityRepository authorities;
  @Inject SealKeys sealKeys;
  @Inject Clock clock;

  private final Map<AuthorityRole, SealingKey> keys = new EnumMap<>(AuthorityRole.class);
  private DemoTimestampAuthority timestampAuthority;
  private byte[] crl;
  private Instant crlIssuedAt;

  @Transactional
  public synchronized SealingKey key(AuthorityRole role) {
    return keys.computeIfAbsent(role, this::load);
  }

  /** The demo TSA's DER reply (RFC 3161) to a DER request; a malformed request gets a rejection. */
  public byte[] timestampReply(byte[] timestampQuery) {
    return timestampAuthority().respond(timestampQuery);
  }

  public synchronized DemoTimestampAuthority timestampAuthority() {
    if (timestampAuthority == null) {
      timestampAuthority =
          new DemoTimestampAuthority(key(AuthorityRole.TIMESTAMP_AUTHORITY), clock);
    }
    return timestampAuthority;
  }

  /** The root's CRL, DER-encoded; it lists nothing, as no demo certificate is ever revoked. */
  public synchronized byte[] currentCrl() {
    Instant now = clock.instant();
    if (crl == null || crlIssuedAt.plus(CRL_REISSUE_AFTER).isBefore(now)) {
      crl = new DemoCrlIssuer().issue(key(AuthorityRole.ROOT_CA), now);
      crlIssuedAt = now;
    }
    return crl.clone();
  }

  /**
   * A CRL issued now, for embedding in a B-LT seal: one issued before the signing time would not
   * prove the certificate's status at that time.
   */
  public byte[] freshCrl() {
    return new DemoCrlIssuer().issue(key(AuthorityRole.ROOT_CA), clock.instant());
  }

  /**
   * A fresh demo CRL for its distribution point, whatever base URL the certificates were issued
   * under; nothing for any other URL. Sealers and the verifier use it in-process: a request that
   * fetched the portal's own CRL over HTTP would hold a thread while waiting for another.
   */
  public Optional<byte[]> freshCrlAt(String url) {
    return url.endsWith(CRL_PATH) ? Optional.of(freshCrl()) : Optional.empty();
  }

  private SealingKey load(AuthorityRole role) {
    TrustAuthority authority =
        authorities
            .find(role)
            .orElseThrow(() -> new ConfigurationException("The demo trust setup has no " + role));
    return sealKeys.open(authority.credential());
  }
}
