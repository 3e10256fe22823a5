package org.paraph.seals.infrastructure.keys.csc;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.hc.core5.http.ContentType;
import org.paraph.seals.domain.CscSettings;
import org.paraph.seals.domain.InvalidCredentialException;
import org.paraph.seals.domain.Pkce;
import org.paraph.seals.domain.RemoteCredentialException;
import org.paraph.shared.domain.ProblemText;
import org.paraph.shared.infrastructure.OutboundGuard;

/**
 * A client of the Cloud Signature Consortium API v2 (ETSI TS 119 432 family): {@code info}, an
 * OAuth2 access token by the client credentials grant, {@code credentials/list}, {@code
 * credentials/info}, {@code credentials/authorize} and {@code signatures/signHash}, as JSON over
 * HTTP(S). The access token is kept until shortly before it expires, and fetched again when the
 * service says it is no longer valid. Thread-safe.
 *
 * <p>For a natural person's credential (a qualified signature), the client acts with the access
 * token of the person's own authorisation instead: {@link #authorizationUri} is where the person's
 * browser goes (OAuth2 authorization code grant, scope {@code service}), {@link #exchangeCode}
 * turns the code the service sends back into that token, and {@link #forPerson} makes a client that
 * acts with it.
 *
 * <p>A service that refuses the portal's client or credential id fails with {@link
 * InvalidCredentialException}; one that cannot be reached or fails with {@link
 * RemoteCredentialException}.
 *
 * <p>The service's addresses (its base URL, and the OAuth2 server its {@code info} names) pass the
 * portal's {@link OutboundGuard} like any other outbound request: a service on the organisation's
 * own network must be listed in {@code PARAPH_FETCH_ALLOW}.
 */
public final class CscClient {

  /** Fetch a new token this long before the old one expires, so none expires in flight. */
  private static final Duration TOKEN_MARGIN = Duration.ofSeconds(30);

  private final CscSettings settings;

  private final CscTransport transport;
  private final Clock clock;

  /** The access token of a person's authorisation; null when the client acts for itself. */
  private final String personToken;

  private URI oauth2Base;
  private String accessToken;
  private Instant accessTokenExpiry = Instant.MIN;

  public CscClient(CscSettings settings, Clock clock, OutboundGuard guard) {
    this(settings, clock, null, CscTransport.through(guard));
  }

  private CscClient(CscSettings settings, Clock clock, String personToken, CscTransport transport) {
    this.settings = settings;
    this.clock = clock;
    this.personToken = personToken;
    this.transport = transport;
  }

  /**
   * A client acting for the person whose authorisation gave this access token: it reaches that
   * person's credentials only, and cannot renew the token (the person would have to authorise
   * again).
   */
  public static CscClient forPerson(
      URI baseUrl, String accessToken, Clock clock, OutboundGuard guard) {
    return new CscClient(
        new CscSettings(baseUrl, "", "", ""), clock, accessToken, CscTransport.through(guard));
  }

  /** The same client, for another of the credentials it may use. */
  public CscClient withCredential(String credentialId) {
    CscSettings other =
        new CscSettings(
            settings.baseUrl(), settings.clientId(), settings.clientSecret(), credentialId);
    return new CscClient(other, clock, personToken, transport);
  }

  /** The credential this client signs with. */
  public String credentialId() {
    return settings.credentialId();
  }

  /**
   * Where to send a person's browser so that they authorise this client to use their credentials
   * (RFC 6749 4.1.1; CSC v2 {@code oauth2/authorize} with scope {@code service}). The service sends
   * the browser back to {@code redirectUri} with a code and this {@code state}, or with an {@code
   * error}. The PKCE challenge (S256) goes with it; {@link #exchangeCode} sends its verifier.
   */
  public URI authorizationUri(URI redirectUri, String state, Pkce pkce) {
    return URI.create(
        oauth2Base()
            + "/oauth2/authorize?response_type=code&client_id="
            + encode(settings.clientId())
            + "&redirect_uri="
            + encode(redirectUri.toString())
            + "&scope=service&state="
            + encode(state)
            + "&code_challenge="
            + encode(pkce.challenge())
            + "&code_challenge_method=S256");
  }

  /**
   * Exchanges the code of a person's authorisation for the access token that acts for them (RFC
   * 6749 4.1.3), with the PKCE verifier whose challenge went with the authorisation request.
   *
   * @throws InvalidCredentialException when the service refuses the code (used, expired, issued for
   *     another redirect URI) or the client
   */
  public String exchangeCode(String code, URI redirectUri, Pkce pkce) {
    String form =
        "grant_type=authorization_code&code="
            + encode(code)
            + "&redirect_uri="
            + encode(redirectUri.toString())
            + "&code_verifier="
            + encode(pkce.verifier())
            + "&client_id="
            + encode(settings.clientId())
            + "&client_secret="
            + encode(settings.clientSecret());
    try {
      return requireAccessToken(tokenRequest(form));
    } catch (CscRefusal refusal) {
      throw new InvalidCredentialException(
          ProblemText.of(
              "problem.invalid-credential.csc-code-refused", oauth2Base(), refusal.getMessage()),
          refusal);
    }
  }

  /** The service's description; also where its OAuth2 authorisation server is named. */
  public JsonObject info() {
    return post(method("info"), Json.createObjectBuilder().build(), null);
  }

  /** The ids of the credentials the portal's client may use. */
  public List<String> credentialIds() {
    try {
      JsonObject answer =
          authorized("credentials/list", Json.createObjectBuilder().add("maxResults", 100).build());
      return strings(answer, "credentialIDs");
    } catch (CscRefusal refusal) {
      throw refused(ProblemText.of("problem.invalid-credential.csc-listing"), refusal);
    }
  }

  /**
   * The credential's certificate chain, signing certificate first.
   *
   * @throws InvalidCredentialException when the service does not know the credential id (the
   *     message names the ones it knows) or it has no certificate
   */
  public List<X509Certificate> certificateChain() {
    JsonObject answer;
    try {
      answer =
          authorized(
              "credentials/info",
              Json.createObjectBuilder()
                  .add("credentialID", settings.credentialId())
                  .add("certificates", "chain")
                  .add("certInfo", false)
                  .add("authInfo", true)
                  .build());
    } catch (CscRefusal refusal) {
      throw new InvalidCredentialException(
          ProblemText.of(
              "problem.invalid-credential.csc-credential-refused",
              settings.baseUrl(),
              settings.credentialId(),
              refusal.getMessage(),
              settings.clientId(),
              String.join(", ", credentialIds())),
          refusal);
    }
    JsonObject cert = answer.getJsonObject("cert");
    List<String> encoded = cert == null ? List.of() : strings(cert, "certificates");
    if (encoded.isEmpty()) {
      throw new InvalidCredentialException(
          ProblemText.of("problem.invalid-credential.csc-no-certificate", settings.credentialId()));
    }
    List<X509Certificate> chain = new ArrayList<>();
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      for (String certificate : encoded) {
        chain.add(
            (X509Certificate)
                factory.generateCertificate(
                    new ByteArrayInputStream(Base64.getDecoder().decode(certificate))));
      }
    } catch (CertificateException | IllegalArgumentException e) {
      throw new InvalidCredentialException(
          ProblemText.of("problem.invalid-credential.csc-certificate-unreadable", e.getMessage()),
          e);
    }
    return chain;
  }

  /**
   * Signs a hash: authorises the credential for that one hash (the signature activation data), then
   * has the service sign it.
   *
   * @param hash the digest of the data to sign
   * @param hashAlgorithmOid the digest algorithm, e.g. {@code 2.16.840.1.101.3.4.2.1} (SHA-256)
   * @param signAlgorithmOid the signature algorithm, e.g. {@code 1.2.840.113549.1.1.11}
   * @return the signature value
   */
  public byte[] signHash(byte[] hash, String hashAlgorithmOid, String signAlgorithmOid) {
    try {
      return authorizeAndSign(hash, hashAlgorithmOid, signAlgorithmOid);
    } catch (CscRefusal refusal) {
      throw refused(
          ProblemText.of("problem.invalid-credential.csc-signing-with", settings.credentialId()),
          refusal);
    }
  }

  private byte[] authorizeAndSign(byte[] hash, String hashAlgorithmOid, String signAlgorithmOid) {
    String encodedHash = Base64.getEncoder().encodeToString(hash);
    JsonObject authorization =
        authorized(
            "credentials/authorize",
            Json.createObjectBuilder()
                .add("credentialID", settings.credentialId())
                .add("numSignatures", 1)
                .add("hashes", Json.createArrayBuilder().add(encodedHash))
                .add("hashAlgorithmOID", hashAlgorithmOid)
                .build());
    String sad = authorization.getString("SAD", null);
    if (sad == null) {
      throw new RemoteCredentialException(
          ProblemText.of("problem.remote-credential.no-sad", settings.baseUrl()), null);
    }
    JsonObject answer =
        authorized(
            "signatures/signHash",
            Json.createObjectBuilder()
                .add("credentialID", settings.credentialId())
                .add("SAD", sad)
                .add("hashes", Json.createArrayBuilder().add(encodedHash))
                .add("hashAlgorithmOID", hashAlgorithmOid)
                .add("signAlgo", signAlgorithmOid)
                .build());
    List<String> signatures = strings(answer, "signatures");
    if (signatures.size() != 1) {
      throw new RemoteCredentialException(
          ProblemText.of(
              "problem.remote-credential.signature-count", settings.baseUrl(), signatures.size()),
          null);
    }
    return Base64.getDecoder().decode(signatures.get(0));
  }

  private InvalidCredentialException refused(ProblemText what, CscRefusal refusal) {
    return new InvalidCredentialException(
        ProblemText.of(
            "problem.invalid-credential.csc-refused",
            settings.baseUrl(),
            what,
            refusal.getMessage()),
        refusal);
  }

  /** A method call with the access token, fetching a new one once if the service refuses it. */
  private JsonObject authorized(String method, JsonObject body) {
    String token = accessToken(false);
    try {
      return post(method(method), body, token);
    } catch (CscRefusal refusal) {
      if (refusal.status() != 401) {
        throw refusal;
      }
      return post(method(method), body, accessToken(true));
    }
  }

  private synchronized String accessToken(boolean renew) {
    if (personToken != null) {
      if (renew) {
        throw new InvalidCredentialException(
            ProblemText.of("problem.invalid-credential.csc-person-expired", settings.baseUrl()));
      }
      return personToken;
    }
    if (!renew && accessToken != null && clock.instant().isBefore(accessTokenExpiry)) {
      return accessToken;
    }
    String form =
        "grant_type=client_credentials&client_id="
            + encode(settings.clientId())
            + "&client_secret="
            + encode(settings.clientSecret());
    JsonObject answer;
    try {
      answer = tokenRequest(form);
    } catch (CscRefusal refusal) {
      throw new InvalidCredentialException(
          ProblemText.of(
              "problem.invalid-credential.csc-client-refused",
              oauth2Base(),
              settings.clientId(),
              refusal.getMessage()),
          refusal);
    }
    accessToken = requireAccessToken(answer);
    long expiresIn =
        answer.getJsonNumber("expires_in") == null
            ? 300
            : answer.getJsonNumber("expires_in").longValue();
    accessTokenExpiry = clock.instant().plusSeconds(expiresIn).minus(TOKEN_MARGIN);
    return accessToken;
  }

  private JsonObject tokenRequest(String form) {
    return transport.send(
        URI.create(oauth2Base() + "/oauth2/token"),
        ContentType.APPLICATION_FORM_URLENCODED,
        form,
        null);
  }

  private String requireAccessToken(JsonObject answer) {
    String token = answer.getString("access_token", null);
    if (token == null) {
      throw new RemoteCredentialException(
          ProblemText.of("problem.remote-credential.no-access-token", oauth2Base()), null);
    }
    return token;
  }

  /** CSC v2: the OAuth2 endpoints are under the base URI that {@code info} names. */
  private synchronized String oauth2Base() {
    if (oauth2Base == null) {
      String oauth2 = info().getString("oauth2", null);
      String base = oauth2 == null || oauth2.isBlank() ? settings.baseUrl().toString() : oauth2;
      oauth2Base = URI.create(stripSlash(base));
    }
    return oauth2Base.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private URI method(String name) {
    return URI.create(stripSlash(settings.baseUrl().toString()) + "/" + name);
  }

  private JsonObject post(URI uri, JsonObject body, String token) {
    return transport.send(uri, ContentType.APPLICATION_JSON, body.toString(), token);
  }

  private static List<String> strings(JsonObject object, String name) {
    JsonArray array = object.getJsonArray(name);
    if (array == null) {
      return List.of();
    }
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  private static String stripSlash(String uri) {
    return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
  }
}
