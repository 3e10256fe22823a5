package org.paraph.seals.domain;

import java.net.URI;

/**
 * A person's own signing credential at a remote trust service (a qualified signature), reached with
 * their authorisation: the OAuth2 authorization code grant with PKCE of the CSC API v2, the portal
 * acting as a client of the service. Implemented in {@code seals.infrastructure.keys.csc} ({@code
 * CscPersonalCredentials}, over {@code CscClient}).
 *
 * <p>A service that refuses the client, the code or the token fails with {@link
 * InvalidCredentialException}; one that cannot be reached or fails with {@link
 * RemoteCredentialException}.
 */
public interface PersonalCredentials {

  /**
   * Where to send the person's browser so that they authorise the portal's client to use their
   * credentials (scope {@code service}); the service sends the browser back to {@code redirectUri}
   * with a code and this {@code state}, or with an {@code error}. The PKCE challenge (S256) goes
   * with it.
   *
   * @param client the portal's client at the service (its credential id is not used)
   */
  URI authorizationUri(CscSettings client, URI redirectUri, String state, Pkce pkce);

  /**
   * Exchanges the code the service sent back for the access token that acts for the person, with
   * the verifier of the PKCE whose challenge went with the authorisation request.
   *
   * @return the access token
   */
  String exchangeCode(CscSettings client, String code, URI redirectUri, Pkce pkce);

  /**
   * The credential of the person whose authorisation gave this access token: the first one the
   * service lists for them, with its certificate chain, signing through the service.
   *
   * @param baseUrl the service's API root
   */
  RemoteCredential credentialOf(URI baseUrl, String accessToken);
}
