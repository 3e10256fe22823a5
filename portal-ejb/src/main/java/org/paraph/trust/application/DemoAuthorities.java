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
import org.paraph.shared.domain.ProblemText;
import org.paraph.trust.domain.AuthorityRole;
import org.paraph.trust.domain.CertificateIssuer;
import org.paraph.trust.domain.CrlIssuer;
import org.paraph.trust.domain.TimestampResponder;
import org.paraph.trust.domain.TimestampResponders;
import org.paraph.trust.domain.TrustAuthority;
import org.paraph.trust.domain.TrustAuthorityRepository;

/**
 * The demo authorities at work: the root's and the signer CA's current CRLs and the timestamp
 * authority, with their keys decrypted once and kept in memory.
 */
@ApplicationScoped
public class DemoAuthorities {

  /** Where the portal serves the demo root's CRL, below its base URL. */
  public static final String CRL_PATH = CertificateIssuer.CRL_PATH;

  /** Where the portal serves the signer CA's CRL, below its base URL. */
  public static final String SIGNER_CA_CRL_PATH = CertificateIssuer.SIGNER_CA_CRL_PATH;

  /** Where the portal serves the signer CA's certificate, below its base URL. */
  public static final String SIGNER_CA_CERTIFICATE_PATH =
      CertificateIssuer.SIGNER_CA_CERTIFICATE_PATH;

  /** A CRL is re-issued well before its next update, so a fetched one is always fresh. */
  private static final Duration CRL_REISSUE_AFTER = Duration.ofHours(1);

  @Inject TrustAuthorityRepository authorities;
  @Inject SealKeys sealKeys;
  @Inject CrlIssuer crlIssuer;
  @Inject TimestampResponders timestampResponders;
  @Inject Clock clock;

  private final Map<AuthorityRole, SealingKey> keys = new EnumMap<>(AuthorityRole.class);
  private final Map<AuthorityRole, IssuedCrl> crls = new EnumMap<>(AuthorityRole.class);
  private TimestampResponder timestampAuthority;

  @Transactional
  public synchronized SealingKey key(AuthorityRole role) {
    return keys.computeIfAbsent(role, this::load);
  }

  /** The demo TSA's DER reply (RFC 3161) to a DER request; a malformed request gets a rejection. */
  public byte[] timestampReply(byte[] timestampQuery) {
    return timestampAuthority().respond(timestampQuery);
  }

  public synchronized TimestampResponder timestampAuthority() {
    if (timestampAuthority == null) {
      timestampAuthority =
          timestampResponders.withKey(key(AuthorityRole.TIMESTAMP_AUTHORITY), clock);
    }
    return timestampAuthority;
  }

  /** The root's CRL, DER-encoded; it lists nothing, as no demo certificate is ever revoked. */
  public byte[] currentCrl() {
    return currentCrl(AuthorityRole.ROOT_CA);
  }

  /**
   * The current CRL of the root or of the signer CA, DER-encoded, as published at its distribution
   * point; it lists nothing, as no certificate of the portal's own is ever revoked.
   */
  public synchronized byte[] currentCrl(AuthorityRole issuer) {
    Instant now = clock.instant();
    IssuedCrl issued = crls.get(issuer);
    if (issued == null || issued.at().plus(CRL_REISSUE_AFTER).isBefore(now)) {
      issued = new IssuedCrl(crlIssuer.issue(key(issuer), now), now);
      crls.put(issuer, issued);
    }
    return issued.der().clone();
  }

  /**
   * A root CRL issued now, for embedding in a B-LT seal: one issued before the signing time would
   * not prove the certificate's status at that time.
   */
  public byte[] freshCrl() {
    return freshCrl(AuthorityRole.ROOT_CA);
  }

  public byte[] freshCrl(AuthorityRole issuer) {
    return crlIssuer.issue(key(issuer), clock.instant());
  }

  /**
   * A fresh CRL of the root or the signer CA for its distribution point, whatever base URL the
   * certificates were issued under; nothing for any other URL. Sealers and the verifier use it
   * in-process: a request that fetched the portal's own CRL over HTTP would hold a thread while
   * waiting for another.
   */
  public Optional<byte[]> freshCrlAt(String url) {
    if (url.endsWith(CRL_PATH)) {
      return Optional.of(freshCrl(AuthorityRole.ROOT_CA));
    }
    if (url.endsWith(SIGNER_CA_CRL_PATH)) {
      return Optional.of(freshCrl(AuthorityRole.SIGNER_CA));
    }
    return Optional.empty();
  }

  private record IssuedCrl(byte[] der, Instant at) {}

  private SealingKey load(AuthorityRole role) {
    TrustAuthority authority =
        authorities
            .find(role)
            .orElseThrow(
                () ->
                    new ConfigurationException(
                        ProblemText.of("problem.configuration.demo-authority-missing", role)));
    return sealKeys.open(authority.credential());
  }
}
