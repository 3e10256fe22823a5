package org.paraph.seals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A remote credential at a trust service reached over the Cloud Signature Consortium API v2, as the
 * portal stores it: the service's base URL (up to and including {@code /csc/v2}), the OAuth2 client
 * the portal authenticates as, its secret encrypted under the master key, and the credential id.
 */
@Embeddable
public class StoredCsc {

  @Column(name = "csc_base_url")
  private String baseUrl;

  @Column(name = "csc_client_id")
  private String clientId;

  @Column(name = "csc_client_secret")
  private String encryptedClientSecret;

  @Column(name = "csc_credential_id")
  private String credentialId;

  /** The chain as read at registration, so that pages need not reach the key to show it. */
  @Column(name = "csc_chain")
  private byte[] chain;

  protected StoredCsc() {}

  public StoredCsc(
      String baseUrl,
      String clientId,
      String encryptedClientSecret,
      String credentialId,
      List<X509Certificate> chain) {
    this.baseUrl = baseUrl;
    this.clientId = clientId;
    this.encryptedClientSecret = encryptedClientSecret;
    this.credentialId = credentialId;
    this.chain = CertificateChain.encode(chain);
  }

  public List<X509Certificate> chain() {
    return CertificateChain.decode(chain);
  }

  public String baseUrl() {
    return baseUrl;
  }

  public String clientId() {
    return clientId;
  }

  public String encryptedClientSecret() {
    return encryptedClientSecret;
  }

  /** Erases the client secret: the seal is retired, and the portal no longer acts as its client. */
  void eraseClientSecret() {
    encryptedClientSecret = null;
  }

  public String credentialId() {
    return credentialId;
  }
}
