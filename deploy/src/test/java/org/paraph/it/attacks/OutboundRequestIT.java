package org.paraph.it.attacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paraph.it.support.Browser;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.TestPdfs;
import org.paraph.it.support.WorkflowJson;

/**
 * Issue 8, the outbound guard, replayed against the running portal as an attacker with an API
 * account would: make the portal reach inside its own network through a workflow's callback URL or
 * a document URL, under every disguise of an internal address (shared address space, benchmarking,
 * NAT64 and IPv4-mapped forms of the loopback, multicast, the loopback itself). Each is refused
 * with the portal's problem type, nothing is created, and a listener on the loopback sees no
 * connection. No test sends anything to a non-loopback address: the refusal, which names the range,
 * shows that the portal did not try.
 *
 * <p>The operator's own services pass the same guard: a seal whose timestamp authority is on the
 * loopback is refused, with the variable to set, until {@code PARAPH_FETCH_ALLOW=127.0.0.1} says
 * that it is the organisation's; then it seals.
 */
class OutboundRequestIT {

  private static ParaphServer server;
  private static PortalClient admin;
  private static Listener inside;

  @BeforeAll
  static void start() throws Exception {
    inside = new Listener();
    // Neither PARAPH_FETCH_ALLOW nor PARAPH_FETCH_ALLOW_PRIVATE: the default of an installation.
    server = ParaphServer.create("outbound-requests", Map.of()).start();
    admin = PortalClient.asAdmin(server);
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
    }
    if (inside != null) {
      inside.close();
    }
  }

  @ParameterizedTest(name = "callback to {0}")
  @CsvSource({
    "100.64.0.1,          100.64.0.0/10",
    "198.18.0.1,          198.18.0.0/15",
    "[64:ff9b::7f00:1],   64:ff9b::/96",
    "[::ffff:127.0.0.1],  127.0.0.0/8",
    "224.0.0.1,           224.0.0.0/4",
    "127.0.0.1,           127.0.0.0/8",
  })
  void aCallbackUrlInsideIsRefused(String host, String range) throws Exception {
    int before = workflows();
    int connections = inside.connections();

    HttpResponse<byte[]> refused =
        admin.postJson(
            "/api/v1/workflows",
            WorkflowJson.named("Callback inside")
                .document("a.pdf", TestPdfs.a4(1))
                .signer("A", "B", "a@example.org", 1, 50)
                .set("callbackUrl", "http://" + host + ":" + inside.port() + "/hook")
                .json());

    JsonObject problem = assertProblem(refused, 400, "invalid-workflow");
    String detail = problem.getString("detail");
    assertTrue(detail.contains("callbackUrl") && detail.contains(range), detail);
    assertTrue(detail.contains("PARAPH_FETCH_ALLOW="), detail);
    assertEquals(before, workflows(), "no workflow was created");
    assertEquals(connections, inside.connections(), "nothing reached the inside");
  }

  @ParameterizedTest(name = "document from {0}")
  @CsvSource({
    "100.64.0.1,          100.64.0.0/10",
    "198.18.0.1,          198.18.0.0/15",
    "[64:ff9b::7f00:1],   64:ff9b::/96",
    "[::ffff:127.0.0.1],  127.0.0.0/8",
    "224.0.0.1,           224.0.0.0/4",
    "127.0.0.1,           127.0.0.0/8",
  })
  void aDocumentUrlInsideIsRefused(String host, String range) throws Exception {
    int before = workflows();
    int connections = inside.connections();

    HttpResponse<byte[]> refused =
        admin.postJson(
            "/api/v1/workflows",
            WorkflowJson.named("Document inside")
                .documentAt("a.pdf", "http://" + host + ":" + inside.port() + "/a.pdf")
                .signer("A", "B", "a@example.org", 1, 50)
                .json());

    JsonObject problem = assertProblem(refused, 422, "document-not-fetched");
    String detail = problem.getString("detail");
    assertTrue(detail.contains(range) && detail.contains("PARAPH_FETCH_ALLOW="), detail);
    assertEquals(before, workflows(), "no workflow was created");
    assertEquals(connections, inside.connections(), "nothing reached the inside");
  }

  /**
   * The seal's authorities: first the listener (which answers nothing useful), then the portal's
   * own authority over HTTP, both on the loopback. Refused until the operator lists the loopback;
   * then the listener is asked, fails, and the next authority stamps the seal.
   */
  @Test
  void aTimestampAuthorityInsideIsUsedOnlyOnceTheOperatorAllowsIt() throws Exception {
    String listenerTsa = "http://127.0.0.1:" + inside.port() + "/tsa";
    String ownTsa = "http://127.0.0.1:" + server.port() + "/tsa";
    configureTimestampAuthorities(listenerTsa + "\n" + ownTsa);
    int seals = admin.sealRecords().size();
    int connections = inside.connections();

    HttpResponse<byte[]> refused = admin.seal(TestPdfs.a4(1), Map.of("level", "B-T"));

    JsonObject problem = assertProblem(refused, 503, "timestamp-unavailable");
    String detail = problem.getString("detail");
    assertTrue(detail.contains(listenerTsa) && detail.contains(ownTsa), detail);
    assertTrue(detail.contains("PARAPH_FETCH_ALLOW=127.0.0.1"), detail);
    assertEquals(connections, inside.connections(), "the refused authority got no connection");
    assertEquals(seals, admin.sealRecords().size(), "nothing was sealed");

    server.setEnvironment("PARAPH_FETCH_ALLOW", "127.0.0.1");
    try {
      server.restart();
      JsonObject sealed =
          PortalClient.json(
              admin.seal(TestPdfs.a4(1), "a.pdf", Map.of("level", "B-T"), "application/json"));
      assertEquals("B-T", sealed.getString("level"), sealed::toString);
      assertTrue(inside.connections() > connections, "the listed authority was asked first");
    } finally {
      server.setEnvironment("PARAPH_FETCH_ALLOW", null);
      server.restart();
    }
  }

  private static JsonObject assertProblem(HttpResponse<byte[]> response, int status, String type) {
    String text = new String(response.body(), StandardCharsets.UTF_8);
    assertEquals(status, response.statusCode(), text);
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem"),
        text);
    JsonObject problem = PortalClient.json(response);
    assertTrue(problem.getString("type").endsWith("/" + type), text);
    return problem;
  }

  private static int workflows() throws Exception {
    HttpResponse<byte[]> list = admin.get("/api/v1/workflows?limit=500", "application/json");
    assertEquals(200, list.statusCode());
    return jakarta.json.Json.createReader(new java.io.ByteArrayInputStream(list.body()))
        .readArray()
        .size();
  }

  /** As an administrator would: the demo seal's settings page, its authorities field, Save. */
  private static void configureTimestampAuthorities(String urls) throws IOException {
    Path work = Files.createTempDirectory(server.dataDir().getParent(), "outbound-browser-");
    WebDriver driver = Browser.start(work);
    try {
      WebDriverWait wait = Browser.waitUpTo(driver, Duration.ofSeconds(30));
      driver.get(server.baseUrl() + "/admin/seals.xhtml");
      wait.until(ExpectedConditions.urlContains("/login.xhtml"));
      driver.findElement(By.id("login:username")).sendKeys(ParaphServer.ADMIN);
      driver
          .findElement(By.cssSelector("input[type=password]"))
          .sendKeys(ParaphServer.ADMIN_PASSWORD);
      driver.findElement(By.id("login:submit")).click();
      wait.until(ExpectedConditions.urlContains("/admin/seals.xhtml"));
      wait.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.xpath("//tbody/tr[td[1][starts-with(normalize-space(.), 'demo')]]")))
          .findElement(By.cssSelector("a.seal-settings-link"))
          .click();
      wait.until(ExpectedConditions.urlContains("/admin/seal-appearance.xhtml"));
      WebElement field =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("appearance:tsas")));
      field.clear();
      field.sendKeys(urls);
      ((JavascriptExecutor) driver)
          .executeScript("arguments[0].dispatchEvent(new Event('change'));", field);
      Browser.awaitAjaxQuiet(driver, wait);
      driver.findElement(By.id("appearance:save")).click();
      wait.until(
          d ->
              d.findElements(By.cssSelector("#messages_container .ui-growl-message")).stream()
                  .anyMatch(m -> m.getText().contains("Saved")));
      Browser.screenshot(driver, work.resolve("timestamp-authorities.png"));
    } finally {
      driver.quit();
    }
  }

  /**
   * A listener on the loopback that counts the connections it accepts: what an internal service
   * would see. It answers each with HTTP 500.
   */
  private static final class Listener implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();

    Listener() throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
      Thread accepting = new Thread(this::accept, "inside-listener");
      accepting.setDaemon(true);
      accepting.start();
    }

    private void accept() {
      while (!socket.isClosed()) {
        try (Socket connection = socket.accept()) {
          connections.incrementAndGet();
          connection.setSoTimeout(2000);
          InputStream in = connection.getInputStream();
          byte[] buffer = new byte[8192];
          // Reads the request head; the answer does not depend on it.
          in.read(buffer);
          OutputStream out = connection.getOutputStream();
          out.write(
              "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
          out.flush();
        } catch (IOException e) {
          // closed, or a client that went away: the count is what matters
        }
      }
    }

    int port() {
      return socket.getLocalPort();
    }

    int connections() {
      return connections.get();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
