package org.paraph.it.running;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.SharedServer;

/**
 * An operator's probes: readiness names the database, the data directory and the seal-job queue,
 * each with what it measured; liveness and start-up say the portal is deployed; all on the
 * management interface, none on the public port.
 */
@ExtendWith(SharedServer.class)
class HealthIT {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void readinessNamesEachPartOfThePortalWithWhatItMeasured(ParaphServer server) throws Exception {
    JsonObject ready = healthAt(server.managementUri("/health/ready"), 200);

    assertEquals("UP", ready.getString("status"), ready::toString);
    Map<String, JsonObject> checks = checks(ready);
    assertEquals("UP", checks.get("database").getString("status"), ready::toString);
    assertEquals(
        System.getProperty("paraph.it.db", "h2").equals("postgresql") ? "PostgreSQL" : "H2",
        checks.get("database").getJsonObject("data").getString("database"));
    JsonObject directory = checks.get("data-directory");
    assertEquals("UP", directory.getString("status"), ready::toString);
    assertEquals(
        server.dataDir().toAbsolutePath().toString(),
        directory.getJsonObject("data").getString("path"));
    JsonObject jobs = checks.get("seal-jobs");
    assertEquals("UP", jobs.getString("status"), ready::toString);
    assertEquals(600, jobs.getJsonObject("data").getJsonNumber("maxWaitSeconds").intValue());
  }

  @Test
  void livenessAndStartUpSayThePortalIsDeployed(ParaphServer server) throws Exception {
    for (String probe : new String[] {"/health/live", "/health/started"}) {
      JsonObject answer = healthAt(server.managementUri(probe), 200);
      assertEquals("UP", answer.getString("status"), answer::toString);
      assertEquals("UP", checks(answer).get("portal").getString("status"), answer::toString);
    }
  }

  @Test
  void thePublicPortServesNoHealth(ParaphServer server) throws Exception {
    for (String path : new String[] {"/health", "/health/ready", "/health/live"}) {
      HttpResponse<String> answer = get(server.uri(path));
      assertEquals(404, answer.statusCode(), path + ": " + answer.body());
    }
  }

  private JsonObject healthAt(URI uri, int status) throws Exception {
    HttpResponse<String> answer = get(uri);
    assertEquals(status, answer.statusCode(), answer::body);
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, JsonObject> checks(JsonObject health) {
    Map<String, JsonObject> byName = new TreeMap<>();
    for (JsonObject check : health.getJsonArray("checks").getValuesAs(JsonObject.class)) {
      byName.put(check.getString("name"), check);
    }
    return byName;
  }
}
