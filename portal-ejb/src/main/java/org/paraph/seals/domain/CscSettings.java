package org.paraph.seals.domain;

import java.net.URI;
import java.util.Objects;

/**
 * How to reach a remote credential over the Cloud Signature Consortium API v2.
 *
 * @param baseUrl the service's API root, e.g. {@code https://tsp.example/csc/v2}: the methods are
 *     appended to it ({@code /info}, {@code /credentials/list}...)
 * @param clientId the OAuth2 client the portal authenticates as (client credentials grant)
 * @param clientSecret its secret; left out of {@link #toString()}
 * @param credentialId the credential to sign with
 */
public record CscSettings(URI baseUrl, String clientId, String clientSecret, String credentialId) {

  public CscSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(credentialId, "credentialId");
  }

  /** Everything but the secret, so that logging the settings cannot leak it. */
  @Override
  public String toString() {
    return "CscSettings[baseUrl="
        + baseUrl
        + ", clientId="
        + clientId
        + ", credentialId="
        + credentialId
        + ", clientSecret=****]";
  }
}
