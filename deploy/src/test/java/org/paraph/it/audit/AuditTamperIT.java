package org.paraph.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paraph.it.support.Browser;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.TestPdfs;

/**
 * An auditor filters and exports the audit log, and the chain check names the event someone changed
 * in the database behind the portal's back. A server of its own: the test breaks its log.
 */
class AuditTamperIT {

  private static ParaphServer server;

  @BeforeAll
  static void start() throws Exception {
    server = ParaphServer.create("audit-tamper", Map.of()).start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void exportsFilterAndTheChainCheckNamesTheChangedEvent() throws Exception {
    PortalClient admin = PortalClient.asAdmin(server);
    assertEquals(200, admin.seal(TestPdfs.a4(1), Map.of("level", "B-B")).statusCode());

    HttpResponse<byte[]> csv =
        admin.get("/api/v1/audit/events?action=SEAL_APPLIED&format=csv", "text/csv");
    assertEquals(200, csv.statusCode(), () -> text(csv));
    String[] lines = text(csv).split("\r\n");
    assertTrue(lines[0].contains("sequence,occurredAt,actor"), lines[0]);
    assertEquals(2, lines.length, "the header and the one seal: " + text(csv));
    assertTrue(lines[1].contains("SEAL_APPLIED") && lines[1].contains("admin"), lines[1]);

    JsonArray seals = events(admin, "action=SEAL_APPLIED");
    assertEquals(1, seals.size());
    long sealEvent = seals.getJsonObject(0).getJsonNumber("sequence").longValue();
    assertTrue(events(admin, "action=SEAL_APPLIED&from=2999-01-01T00:00:00Z").isEmpty());
    assertEquals(
        400, admin.get("/api/v1/audit/events?from=yesterday", "application/json").statusCode());

    assertTrue(verification(admin).getBoolean("intact"));
    assertEquals("The chain is intact", verifyInBrowser("intact"));

    server.stop();
    try (Connection database = server.openDatabase();
        PreparedStatement change =
            database.prepareStatement(
                "UPDATE audit_event SET details = ? WHERE sequence_number = ?")) {
      change.setString(1, "nothing happened here");
      change.setLong(2, sealEvent);
      assertEquals(1, change.executeUpdate());
    }
    server.start();

    JsonObject broken = verification(admin);
    assertFalse(broken.getBoolean("intact"), broken::toString);
    assertEquals(sealEvent, broken.getJsonNumber("brokenAt").longValue(), broken::toString);
    String shown = verifyInBrowser("broken");
    assertTrue(shown.contains("broken at event " + sealEvent), shown);

    JsonArray checks = events(admin, "action=AUDIT_CHAIN_VERIFIED");
    assertTrue(checks.size() >= 4, "every check is audited: " + checks);
  }

  /** Logs in as the administrator, presses the button, and returns what the page says. */
  private static String verifyInBrowser(String expected) throws Exception {
    Path work = Files.createTempDirectory(server.dataDir().getParent(), "audit-browser-");
    WebDriver driver = Browser.start(work);
    try {
      WebDriverWait wait = Browser.waitUpTo(driver, Duration.ofSeconds(30));
      driver.get(server.baseUrl() + "/admin/audit.xhtml");
      wait.until(ExpectedConditions.urlContains("/login.xhtml"));
      driver.findElement(By.id("login:username")).sendKeys(ParaphServer.ADMIN);
      driver
          .findElement(By.cssSelector("input[type=password]"))
          .sendKeys(ParaphServer.ADMIN_PASSWORD);
      // The login returns to the page asked for.
      driver.findElement(By.id("login:submit")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit:verify"))).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("audit:chain-status"), expected));
      String status = driver.findElement(By.id("audit:chain-status")).getText();
      Browser.screenshot(driver, work.resolve("audit-" + expected + ".png"));
      assertEquals(
          List.of(),
          Browser.cspViolations(driver),
          "the browser refused content under the page's policy");
      return status;
    } finally {
      driver.quit();
    }
  }

  private static JsonArray events(PortalClient admin, String query) throws Exception {
    HttpResponse<byte[]> response = admin.get("/api/v1/audit/events?" + query, "application/json");
    assertEquals(200, response.statusCode(), () -> text(response));
    return Json.createReader(new ByteArrayInputStream(response.body())).readArray();
  }

  private static JsonObject verification(PortalClient admin) throws Exception {
    HttpResponse<byte[]> response =
        admin.post("/api/v1/audit/verification", null, null, "application/json");
    assertEquals(200, response.statusCode(), () -> text(response));
    return PortalClient.json(response);
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
