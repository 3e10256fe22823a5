package org.paraph.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.paraph.seals.domain.SealingKey;
import org.paraph.trust.infrastructure.DemoCrlIssuer;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;

/**
 * A remote signing service speaking the Cloud Signature Consortium API v2 over real HTTP, for
 * tests: {@code info}, an OAuth2 token endpoint (client credentials grant, the client secret
 * checked), {@code credentials/list}, {@code credentials/info}, {@code credentials/authorize} (a
 * SAD bound to the credential and the hashes it authorises) and {@code signatures/signHash}. It
 * holds one seal credential for its client: an RSA key whose certificate its own test CA issued (a
 * {@link DemoPkiGenerator} PKI), and it serves that CA's CRL at the address the certificate names.
 *
 * <p>Like a qualified trust service, it also holds credentials of natural persons ({@link
 * #addUser}): a person authorises the client through the OAuth2 authorization code grant ({@code
 * oauth2/authorize} shows the service's own login form, then redirects to the client's {@code
 * redirect_uri} with a one-time code and the client's {@code state}); the access token the code is
 * exchanged for reaches that person's credential only. Errors are answered as the specifications
 * say: HTTP 400 or 401 with {@code error} and {@code error_description}, and errors of the
 * authorisation as a redirect with {@code error=access_denied}.
 *
 * <pre>{@code
 * try (CscTestServer csc = CscTestServer.start("portal", "s3cret", "seal-1")) {
 *   // base URL: csc.baseUrl(), trust anchor: csc.caCertificate()
 * }
 * }</pre>
 */
public final class CscTestServer implements AutoCloseable {

  private static final String SHA256 = "2.16.840.1.101.3.4.2.1";
  private static final String RSA = "1.2.840.113549.1.1.1";
  private static final String SHA256_WITH_RSA = "1.2.840.113549.1.1.11";

  /** DER prefix of a SHA-256 DigestInfo, before the 32 bytes of the hash (RFC 8017, 9.2). */
  private static final byte[] SHA256_DIGEST_INFO =
      Base64.getDecoder().decode("MDEwDQYJYIZIAWUDBAIBBQAEIA==");

  private final HttpServer server;
  private final String clientId;
  private final String clientSecret;
  private final DemoPki pki;
  private final byte[] crl;
  private final SecureRandom random = new SecureRandom();

  /** How long an authorization code may be exchanged (RFC 6749 advises at most 10 minutes). */
  private static final Duration CODE_VALIDITY = Duration.ofMinutes(5);

  /** The owner of the client's own credentials, in {@link #accessTokens}. */
  private static final String CLIENT = "";

  /** Access token -> whose credentials it reaches: {@link #CLIENT} or a user name. */
  private final Map<String, String> accessTokens = new ConcurrentHashMap<>();

  private final Map<String, Credential> credentials = new ConcurrentHashMap<>();
  private final Map<String, User> users = new ConcurrentHashMap<>();
  private final Map<String, Grant> codes = new ConcurrentHashMap<>();
  private final Set<String> redirectUris = ConcurrentHashMap.newKeySet();
  private final Map<String, Authorisation> authorisations = new ConcurrentHashMap<>();
  private final AtomicInteger tokensIssued = new AtomicInteger();
  private final AtomicInteger pkceVerified = new AtomicInteger();
  private final AtomicInteger pkceRefusals = new AtomicInteger();
  private final AtomicInteger signatures = new AtomicInteger();

  private CscTestServer(
      HttpServer server, String clientId, String clientSecret, String credentialId) {
    this.server = server;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    Instant now = Instant.now();
    this.pki = new DemoPkiGenerator().generate("CSC Test Trust Service", baseAddress(), now);
    this.crl = new DemoCrlIssuer().issue(pki.root(), now);
    credentials.put(credentialId, new Credential(credentialId, pki.seal(), CLIENT));
  }

  private record Credential(String id, SealingKey key, String owner) {}

  private record User(String username, String password, String credentialId) {}

  /** What a code stands for until it is exchanged: whose consent, for which client and URI. */
  private record Grant(
      String owner, String clientId, String redirectUri, String codeChallenge, Instant expiresAt) {}

  private record Authorisation(String credentialId, Set<String> hashes) {}

  /** Starts on a free port of the loopback interface. */
  public static CscTestServer start(String clientId, String clientSecret, String credentialId) {
    // Without it the JDK's server leaves Nagle's algorithm on, and each answer (headers, then
    // body) waits for a delayed ACK: about 40 ms a call, which real services do not add.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    try {
      HttpServer http =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      CscTestServer csc = new CscTestServer(http, clientId, clientSecret, credentialId);
      http.createContext("/", csc::handle);
      http.setExecutor(Executors.newFixedThreadPool(4));
      http.start();
      return csc;
    } catch (IOException e) {
      throw new IllegalStateException("The CSC test server did not start", e);
    }
  }

  /** The API root, to which the methods are appended: {@code http://127.0.0.1:<port>/csc/v2}. */
  public String baseUrl() {
    return baseAddress() + "/csc/v2";
  }

  /** The test CA that issued the credential's certificate: the anchor to trust. */
  public X509Certificate caCertificate() {
    return pki.root().signingCertificate();
  }

  /** The credential: its key (which the service keeps) and its chain. */
  public SealingKey credential() {
    return pki.seal();
  }

  /**
   * A natural person with a qualified certificate at this service: they log in at the service's own
   * form with this name and password, and their credential ({@code qes-<username>}) signs with a
   * key only they can authorise.
   *
   * @return the person's key and chain (their certificate, then the test CA)
   */
  public SealingKey addUser(String username, String password, String commonName) {
    SealingKey key =
        new QualifiedCertificates().issue(pki.root(), commonName, pki.crlUrl(), Instant.now());
    String id = "qes-" + username;
    credentials.put(id, new Credential(id, key, username));
    users.put(username, new User(username, password, id));
    return key;
  }

  /**
   * Registers a redirect URI of the client, as an operator does when the service admits a client;
   * once any is registered, the authorisation accepts only those.
   */
  public void allowRedirectUri(String uri) {
    redirectUris.add(uri);
  }

  /** Where the credential's certificate says its CRL is, and the CRL served there. */
  public String crlUrl() {
    return pki.crlUrl();
  }

  public byte[] crl() {
    return crl.clone();
  }

  /** How many access tokens the OAuth2 endpoint issued. */
  /** Codes exchanged with a verifier that matched their authorisation request's challenge. */
  public int pkceVerified() {
    return pkceVerified.get();
  }

  /** Code exchanges refused because the verifier was missing or did not match. */
  public int pkceRefusals() {
    return pkceRefusals.get();
  }

  /** RFC 7636 4.2, computed here rather than with the portal's code, so as to check it. */
  private static String s256(String verifier) {
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public int tokensIssued() {
    return tokensIssued.get();
  }

  /** How many hashes the service signed. */
  public int signatures() {
    return signatures.get();
  }

  /** Forgets every access token, as a service does when they expire or it restarts. */
  public void revokeAccessTokens() {
    accessTokens.clear();
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  private String baseAddress() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (exchange.getRequestMethod().equals("GET") && path.equals("/pki/demo-root.crl")) {
        send(exchange, 200, "application/pkix-crl", crl);
        return;
      }
      if (exchange.getRequestMethod().equals("GET") && path.equals("/oauth2/authorize")) {
        String query = exchange.getRequestURI().getRawQuery();
        authorizationPage(exchange, form(query == null ? "" : query), null);
        return;
      }
      if (!exchange.getRequestMethod().equals("POST")) {
        error(exchange, 405, "invalid_request", "Only POST is supported");
        return;
      }
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      switch (path) {
        case "/oauth2/authorize" -> consent(exchange, form(body));
        case "/oauth2/token" -> token(exchange, body);
        case "/csc/v2/info" -> json(exchange, info());
        default -> authorized(exchange, path, body);
      }
    } catch (RuntimeException e) {
      error(exchange, 500, "server_error", e.toString());
    }
  }

  private JsonObject info() {
    return Json.createObjectBuilder()
        .add("specs", "2.0.0.2")
        .add("name", "Paraph CSC test service")
        .add("logo", baseAddress() + "/logo.png")
        .add("region", "EU")
        .add("lang", "en-US")
        .add("description", "A CSC v2 service for tests, holding one RSA credential")
        .add("authType", Json.createArrayBuilder().add("oauth2client").add("oauth2code"))
        .add("oauth2", baseAddress())
        .add(
            "methods",
            Json.createArrayBuilder()
                .add("oauth2/authorize")
                .add("oauth2/token")
                .add("credentials/list")
                .add("credentials/info")
                .add("credentials/authorize")
                .add("signatures/signHash"))
        .build();
  }

  /**
   * RFC 6749 4.1.1: the service's own page, where the person logs in and allows or denies the
   * client. A request naming an unknown client or redirect URI is answered here, never redirected.
   */
  private void authorizationPage(HttpExchange exchange, Map<String, String> request, String problem)
      throws IOException {
    String refusal = badAuthorizationRequest(request);
    if (refusal != null) {
      page(exchange, 400, "<p id='error'>" + escape(refusal) + "</p>");
      return;
    }
    StringBuilder hidden = new StringBuilder();
    for (String name :
        List.of(
            "client_id",
            "redirect_uri",
            "state",
            "scope",
            "code_challenge",
            "code_challenge_method")) {
      hidden
          .append("<input type='hidden' name='")
          .append(name)
          .append("' value='")
          .append(escape(request.getOrDefault(name, "")))
          .append("'>");
    }
    page(
        exchange,
        200,
        (problem == null ? "" : "<p id='error'>" + escape(problem) + "</p>")
            + "<p>Client <b>"
            + escape(request.get("client_id"))
            + "</b> asks to sign with your qualified certificate.</p>"
            + "<form method='post' action='/oauth2/authorize'>"
            + hidden
            + "<label>User name <input id='username' name='username'></label>"
            + "<label>Password <input id='password' name='password' type='password'></label>"
            + "<button id='allow' name='decision' value='allow'>Allow</button>"
            + "<button id='deny' name='decision' value='deny'>Deny</button>"
            + "</form>");
  }

  private String badAuthorizationRequest(Map<String, String> request) {
    if (request.containsKey("response_type") && !"code".equals(request.get("response_type"))) {
      return "Only response_type=code is supported";
    }
    if (!clientId.equals(request.get("client_id"))) {
      return "Unknown client " + request.get("client_id");
    }
    String redirectUri = request.get("redirect_uri");
    if (redirectUri == null
        || redirectUri.isBlank()
        || (!redirectUris.isEmpty() && !redirectUris.contains(redirectUri))) {
      return "The redirect_uri is not registered for this client: " + redirectUri;
    }
    String scope = request.getOrDefault("scope", "service");
    if (!scope.equals("service")) {
      return "Only scope=service is supported";
    }
    // As OAuth 2.1 asks: PKCE always, and only S256.
    if (!"S256".equals(request.get("code_challenge_method"))
        || !request.getOrDefault("code_challenge", "").matches("[A-Za-z0-9_-]{43}")) {
      return "PKCE is required: code_challenge with code_challenge_method=S256";
    }
    return null;
  }

  /** The login form's answer: a code to the client, or the person's refusal. */
  private void consent(HttpExchange exchange, Map<String, String> form) throws IOException {
    if (badAuthorizationRequest(form) != null) {
      authorizationPage(exchange, form, null);
      return;
    }
    String redirectUri = form.get("redirect_uri");
    String state = form.get("state");
    if ("deny".equals(form.get("decision"))) {
      redirect(exchange, redirectUri, "error", "access_denied", state);
      return;
    }
    User user = users.get(form.getOrDefault("username", ""));
    if (user == null || !user.password().equals(form.get("password"))) {
      authorizationPage(exchange, form, "Wrong user name or password.");
      return;
    }
    String code = randomToken();
    codes.put(
        code,
        new Grant(
            user.username(),
            clientId,
            redirectUri,
            form.get("code_challenge"),
            Instant.now().plus(CODE_VALIDITY)));
    redirect(exchange, redirectUri, "code", code, state);
  }

  /**
   * RFC 6749 4.4 (client credentials) and 4.1.3 (authorization code: a code is used once, by the
   * client it was issued to, with the same redirect URI); the client authenticates in the form body
   * or by HTTP Basic.
   */
  private void token(HttpExchange exchange, String body) throws IOException {
    Map<String, String> form = form(body);
    String id = form.get("client_id");
    String secret = form.get("client_secret");
    String basic = exchange.getRequestHeaders().getFirst("Authorization");
    if (basic != null && basic.startsWith("Basic ")) {
      String[] pair =
          new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8)
              .split(":", 2);
      id = pair[0];
      secret = pair.length > 1 ? pair[1] : "";
    }
    String grantType = form.get("grant_type");
    if (!"client_credentials".equals(grantType) && !"authorization_code".equals(grantType)) {
      error(
          exchange,
          400,
          "unsupported_grant_type",
          "Only client_credentials and authorization_code are supported");
      return;
    }
    if (!clientId.equals(id) || !clientSecret.equals(secret)) {
      error(exchange, 401, "invalid_client", "Client authentication failed");
      return;
    }
    String owner = CLIENT;
    if (grantType.equals("authorization_code")) {
      Grant grant = codes.remove(form.getOrDefault("code", ""));
      if (grant == null
          || !grant.clientId().equals(id)
          || !grant.redirectUri().equals(form.get("redirect_uri"))
          || !Instant.now().isBefore(grant.expiresAt())) {
        error(
            exchange,
            400,
            "invalid_grant",
            "The code is unknown, used, expired, or was issued for another redirect_uri");
        return;
      }
      String verifier = form.get("code_verifier");
      if (verifier == null || !s256(verifier).equals(grant.codeChallenge())) {
        pkceRefusals.incrementAndGet();
        error(
            exchange,
            400,
            "invalid_grant",
            "The code_verifier does not match the code_challenge of the authorization request");
        return;
      }
      pkceVerified.incrementAndGet();
      owner = grant.owner();
    }
    String token = randomToken();
    accessTokens.put(token, owner);
    tokensIssued.incrementAndGet();
    json(
        exchange,
        Json.createObjectBuilder()
            .add("access_token", token)
            .add("token_type", "Bearer")
            .add("expires_in", 3600)
            .add("scope", owner.equals(CLIENT) ? "" : "service")
            .build());
  }

  private void authorized(HttpExchange exchange, String path, String body) throws IOException {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    String owner =
        authorization == null || !authorization.startsWith("Bearer ")
            ? null
            : accessTokens.get(authorization.substring(7));
    if (owner == null) {
      error(exchange, 401, "invalid_token", "The access token is missing, expired or invalid");
      return;
    }
    JsonObject request;
    try {
      request = Json.createReader(new StringReader(body)).readObject();
    } catch (JsonException e) {
      error(exchange, 400, "invalid_request", "The body is not a JSON object");
      return;
    }
    switch (path) {
      case "/csc/v2/credentials/list" -> {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        credentials.values().stream()
            .filter(c -> c.owner().equals(owner))
            .map(Credential::id)
            .sorted()
            .forEach(ids::add);
        json(exchange, Json.createObjectBuilder().add("credentialIDs", ids).build());
      }
      case "/csc/v2/credentials/info" -> {
        Credential credential = credential(exchange, request, owner);
        if (credential != null) {
          json(exchange, credentialInfo(credential));
        }
      }
      case "/csc/v2/credentials/authorize" -> {
        Credential credential = credential(exchange, request, owner);
        if (credential != null) {
          authorize(exchange, request, credential);
        }
      }
      case "/csc/v2/signatures/signHash" -> {
        Credential credential = credential(exchange, request, owner);
        if (credential != null) {
          signHash(exchange, request, credential);
        }
      }
      default -> error(exchange, 404, "invalid_request", "No method " + path);
    }
  }

  /** The credential the request names, if the token reaches it: a person's is theirs alone. */
  private Credential credential(HttpExchange exchange, JsonObject request, String owner)
      throws IOException {
    Credential credential = credentials.get(request.getString("credentialID", ""));
    if (credential == null || !credential.owner().equals(owner)) {
      error(exchange, 400, "invalid_request", "Invalid parameter credentialID");
      return null;
    }
    return credential;
  }

  private JsonObject credentialInfo(Credential credential) {
    JsonArrayBuilder certificates = Json.createArrayBuilder();
    try {
      for (X509Certificate certificate : credential.key().chain()) {
        certificates.add(Base64.getEncoder().encodeToString(certificate.getEncoded()));
      }
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
    return Json.createObjectBuilder()
        .add(
            "key",
            Json.createObjectBuilder()
                .add("status", "enabled")
                .add("algo", Json.createArrayBuilder().add(SHA256_WITH_RSA).add(RSA))
                .add("len", 2048))
        .add(
            "cert",
            Json.createObjectBuilder().add("status", "valid").add("certificates", certificates))
        .add("authMode", "implicit")
        .add("SCAL", "1")
        .add("multisign", 1)
        .build();
  }

  private void authorize(HttpExchange exchange, JsonObject request, Credential credential)
      throws IOException {
    List<String> hashes = strings(request, "hashes");
    if (hashes.isEmpty() || request.getInt("numSignatures", 0) != hashes.size()) {
      error(exchange, 400, "invalid_request", "numSignatures must count the hashes");
      return;
    }
    if (!SHA256.equals(request.getString("hashAlgorithmOID", null))) {
      error(exchange, 400, "invalid_request", "Only SHA-256 hashes are supported");
      return;
    }
    String sad = randomToken();
    authorisations.put(sad, new Authorisation(credential.id(), Set.copyOf(hashes)));
    json(exchange, Json.createObjectBuilder().add("SAD", sad).add("expiresIn", 300).build());
  }

  private void signHash(HttpExchange exchange, JsonObject request, Credential credential)
      throws IOException {
    Authorisation authorised = authorisations.remove(request.getString("SAD", ""));
    List<String> hashes = strings(request, "hashes");
    if (authorised == null
        || !authorised.credentialId().equals(credential.id())
        || hashes.isEmpty()
        || !authorised.hashes().containsAll(hashes)) {
      error(exchange, 400, "invalid_request", "The SAD does not authorise these hashes");
      return;
    }
    String signAlgo = request.getString("signAlgo", "");
    if (!signAlgo.equals(SHA256_WITH_RSA)
        && !(signAlgo.equals(RSA) && SHA256.equals(request.getString("hashAlgorithmOID", "")))) {
      error(exchange, 400, "invalid_request", "Unsupported signAlgo " + signAlgo);
      return;
    }
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (String hash : hashes) {
      byte[] digest = Base64.getDecoder().decode(hash);
      values.add(Base64.getEncoder().encodeToString(signDigest(credential, digest)));
      signatures.incrementAndGet();
    }
    json(exchange, Json.createObjectBuilder().add("signatures", values).build());
  }

  /** PKCS#1 v1.5 over a hash made elsewhere: the DigestInfo, signed as it is. */
  private static byte[] signDigest(Credential credential, byte[] hash) {
    byte[] digestInfo = new byte[SHA256_DIGEST_INFO.length + hash.length];
    System.arraycopy(SHA256_DIGEST_INFO, 0, digestInfo, 0, SHA256_DIGEST_INFO.length);
    System.arraycopy(hash, 0, digestInfo, SHA256_DIGEST_INFO.length, hash.length);
    try {
      Signature signature = Signature.getInstance("NONEwithRSA");
      signature.initSign(credential.key().privateKey());
      signature.update(digestInfo);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private String randomToken() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static List<String> strings(JsonObject object, String name) {
    return object.containsKey(name)
        ? object.getJsonArray(name).getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList()
        : List.of();
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      String[] parts = pair.split("=", 2);
      if (parts.length == 2) {
        form.put(
            URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
            URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  /** RFC 6749 4.1.2: the answer goes back to the client through the person's browser. */
  private static void redirect(
      HttpExchange exchange, String redirectUri, String name, String value, String state)
      throws IOException {
    String location =
        redirectUri
            + (redirectUri.contains("?") ? "&" : "?")
            + name
            + "="
            + URLEncoder.encode(value, StandardCharsets.UTF_8)
            + (state == null ? "" : "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(302, -1);
  }

  private static void page(HttpExchange exchange, int status, String body) throws IOException {
    send(
        exchange,
        status,
        "text/html; charset=utf-8",
        ("<!DOCTYPE html><html><head><title>CSC test service: sign in</title></head><body>"
                + body
                + "</body></html>")
            .getBytes(StandardCharsets.UTF_8));
  }

  private static String escape(String text) {
    return text == null
        ? ""
        : text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("'", "&#39;")
            .replace("\"", "&quot;");
  }

  private static void error(HttpExchange exchange, int status, String error, String description)
      throws IOException {
    send(
        exchange,
        status,
        "application/json",
        Json.createObjectBuilder()
            .add("error", error)
            .add("error_description", description)
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8));
  }

  private static void json(HttpExchange exchange, JsonObject body) throws IOException {
    send(exchange, 200, "application/json", body.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }
}
