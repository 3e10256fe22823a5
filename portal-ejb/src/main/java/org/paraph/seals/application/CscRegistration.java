package org.paraph.seals.application;

/**
 * A seal to register whose key is a remote credential at a trust service, reached over the Cloud
 * Signature Consortium API v2 with OAuth2 client credentials.
 *
 * @param name how requests and pages name the seal (unique)
 * @param organisationName shown in the annotation; null or blank for the certificate's O=
 * @param baseUrl the service's API root, e.g. {@code https://tsp.example/csc/v2}
 * @param clientId the OAuth2 client the portal authenticates as
 * @param clientSecret its secret, stored encrypted under the master key
 * @param credentialId the credential to seal with; null or blank when the client has exactly one
 * @param organisationDefault whether it becomes the seal used when a request names none
 * @param test whether its seals are test seals (marked as such everywhere)
 */
public record CscRegistration(
    String name,
    String organisationName,
    String baseUrl,
    String clientId,
    String clientSecret,
    String credentialId,
    boolean organisationDefault,
    boolean test) {}
