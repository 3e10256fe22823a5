package org.paraph.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The REST API as an HTTP client sees it: Basic credentials, multipart bodies. */
public final class PortalClient {

  private final ParaphServer server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String authorization;

  public PortalClient(ParaphServer server, String user, String password) {
    this.server = server;
    this.authorization = basic(user, password);
  }

  /** The {@code Authorization} header's value for these credentials. */
  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public static PortalClient asAdmin(ParaphServer server) {
    return new PortalClient(server, ParaphServer.ADMIN, ParaphServer.ADMIN_PASSWORD);
  }

  public HttpResponse<byte[]> seal(
      byte[] pdf, String fileName, Map<String, String> options, String accept)
      throws IOException, InterruptedException {
    Multipart body = new Multipart().file("file", fileName, pdf);
    options.forEach(body::text);
    return seal(body, accept);
  }

  /** Posts a multipart body built by the test, parts and all, to the sealing endpoint. */
  public HttpResponse<byte[]> seal(Multipart body, String accept)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri("/api/v1/seals"))
            .timeout(Duration.ofMinutes(2))
            .header("Authorization", authorization)
            .header("Content-Type", body.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
    if (accept != null) {
      request.header("Accept", accept);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Posts a multipart body to {@code POST /api/v1/seal-batches}. */
  public HttpResponse<byte[]> sealBatch(Multipart body) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(server.uri("/api/v1/seal-batches"))
            .timeout(Duration.ofMinutes(2))
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .header("Content-Type", body.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A POST without a body, such as an action on a resource. */
  public HttpResponse<byte[]> post(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(server.uri(path))
            .timeout(Duration.ofMinutes(1))
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A DELETE with the caller's credentials. */
  public HttpResponse<byte[]> delete(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(server.uri(path))
            .timeout(Duration.ofMinutes(1))
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .DELETE()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Posts a multipart body to {@code path}, such as a PKCS#12 file to register. */
  public HttpResponse<byte[]> postMultipart(String path, Multipart body)
      throws IOException, InterruptedException {
    return post(path, body.contentType(), body.bytes(), "application/json");
  }

  public HttpResponse<byte[]> seal(byte[] pdf, Map<String, String> options)
      throws IOException, InterruptedException {
    return seal(pdf, "document.pdf", options, null);
  }

  public HttpResponse<byte[]> get(String path, String accept)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri(path))
            .timeout(Duration.ofMinutes(1))
            .header("Authorization", authorization);
    if (accept != null) {
      request.header("Accept", accept);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A POST with a body of the given type (null: no body) and the caller's credentials. */
  public HttpResponse<byte[]> post(String path, String contentType, byte[] body, String accept)
      throws IOException, InterruptedException {
    return http.send(
        authorised(server, path, contentType, body, accept).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<byte[]> postJson(String path, String json)
      throws IOException, InterruptedException {
    return post(
        path, "application/json", json.getBytes(StandardCharsets.UTF_8), "application/json");
  }

  /** A PUT of a JSON body with the caller's credentials, such as replacing a user's roles. */
  public HttpResponse<byte[]> putJson(String path, String json)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(server.uri(path))
            .timeout(Duration.ofMinutes(1))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The same POST without credentials, as a participant's front end or a verifier sends it. */
  public static HttpResponse<byte[]> anonymousPost(
      ParaphServer server, String path, String contentType, byte[] body, String accept)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = request(server, path, contentType, body, accept);
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public static HttpResponse<byte[]> anonymousPostJson(
      ParaphServer server, String path, String json) throws IOException, InterruptedException {
    return anonymousPost(
        server,
        path,
        "application/json",
        json.getBytes(StandardCharsets.UTF_8),
        "application/json");
  }

  public static HttpResponse<byte[]> anonymousGetBytes(
      ParaphServer server, String path, String accept) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofMinutes(1));
    if (accept != null) {
      request.header("Accept", accept);
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest.Builder authorised(
      ParaphServer server, String path, String contentType, byte[] body, String accept) {
    return request(server, path, contentType, body, accept).header("Authorization", authorization);
  }

  private static HttpRequest.Builder request(
      ParaphServer server, String path, String contentType, byte[] body, String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri(path))
            .timeout(Duration.ofMinutes(2))
            .POST(
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (accept != null) {
      request.header("Accept", accept);
    }
    return request;
  }

  /** The caller's seal records, the most recent first (at most 1000). */
  public jakarta.json.JsonArray sealRecords() throws IOException, InterruptedException {
    HttpResponse<byte[]> response = get("/api/v1/seals?limit=1000", "application/json");
    if (response.statusCode() != 200) {
      throw new IOException("listing seals: " + response.statusCode());
    }
    return Json.createReader(new StringReader(new String(response.body(), StandardCharsets.UTF_8)))
        .readArray();
  }

  public static HttpResponse<String> anonymousGet(ParaphServer server, String path)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofMinutes(1)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** The Content-Type without its parameters (such as charset). */
  public static String mediaType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
  }

  public static JsonObject json(HttpResponse<byte[]> response) {
    return Json.createReader(new StringReader(new String(response.body(), StandardCharsets.UTF_8)))
        .readObject();
  }

  /** A multipart/form-data body built by hand, so the test controls every byte it sends. */
  public static final class Multipart {
    private final String boundary = "paraph-" + UUID.randomUUID();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Map<String, String> texts = new LinkedHashMap<>();

    public Multipart file(String name, String fileName, byte[] content) {
      write(
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + name
              + "\"; filename=\""
              + fileName
              + "\"\r\nContent-Type: application/pdf\r\n\r\n");
      out.writeBytes(content);
      write("\r\n");
      return this;
    }

    public Multipart text(String name, String value) {
      texts.put(name, value);
      return this;
    }

    public String contentType() {
      return "multipart/form-data; boundary=" + boundary;
    }

    public byte[] bytes() {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      all.writeBytes(out.toByteArray());
      texts.forEach(
          (name, value) ->
              all.writeBytes(
                  ("--"
                          + boundary
                          + "\r\nContent-Disposition: form-data; name=\""
                          + name
                          + "\"\r\n\r\n"
                          + value
                          + "\r\n")
                      .getBytes(StandardCharsets.UTF_8)));
      all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return all.toByteArray();
    }

    private void write(String text) {
      out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
