package org.paraph.trust.domain;

import java.time.Instant;
import org.paraph.seals.domain.SealingKey;

/**
 * Issues the keys and certificates of the portal's own trust setup: the demo root, the
 * organisation's demo seal and timestamp authority under it, the signer CA, and the workflow
 * participants' one-time certificates. Every name says TEST. The certificates name where the portal
 * serves its CRLs and CA certificates, below its base URL ({@link #CRL_PATH}...). Implemented with
 * BouncyCastle in {@code trust.infrastructure} ({@code DemoPkiGenerator}).
 */
public interface CertificateIssuer {

  /** Where the portal serves the demo root's CRL, below its base URL; the certificates name it. */
  String CRL_PATH = "/pki/demo-root.crl";

  /** Where the portal serves the signer CA's CRL; the participants' certificates name it. */
  String SIGNER_CA_CRL_PATH = "/pki/signer-ca.crl";

  /** Where the portal serves the signer CA's certificate (AIA caIssuers of participants). */
  String SIGNER_CA_CERTIFICATE_PATH = "/pki/signer-ca.crt";

  /**
   * A new self-signed demo root CA.
   *
   * @param organisationName the organisation, as it appears in the certificates (O=...)
   * @param now the issuing time, normally the injected clock's now
   */
  SealingKey root(String organisationName, Instant now);

  /**
   * The organisation's demo seal, under the demo root.
   *
   * @param baseUrl the portal's public URL, under which the root's CRL and certificate are served
   */
  SealingKey seal(SealingKey root, String organisationName, String baseUrl, Instant now);

  /**
   * The demo timestamp authority's key, under the demo root.
   *
   * @param baseUrl the portal's public URL, under which the root's CRL and certificate are served
   */
  SealingKey timestampAuthority(SealingKey root, String baseUrl, Instant now);

  /**
   * The signer CA, under the demo root, which issues the participants' one-time certificates.
   *
   * @param baseUrl the portal's public URL, under which the root's CRL and certificate are served
   */
  SealingKey signerCa(SealingKey root, String organisationName, String baseUrl, Instant now);

  /**
   * A certificate for one signature of one workflow participant, in their name, issued by the
   * signer CA.
   *
   * @param issuer the signer CA's key and chain
   * @param email the participant's address, or null
   * @param baseUrl the portal's public URL, under which the signer CA's CRL is served
   */
  SealingKey oneTimeSigner(
      SealingKey issuer, String fullName, String email, String baseUrl, Instant now);
}
