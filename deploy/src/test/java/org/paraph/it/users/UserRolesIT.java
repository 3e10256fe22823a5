package org.paraph.it.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.SharedServer;
import org.paraph.it.support.TestPdfs;

/**
 * An administrator changes a user's roles over {@code PUT /api/v1/users/{username}/roles}: the
 * change applies to the user's very next request, though their credentials were verified and
 * remembered moments before, and it is audited with who changed what from what to what.
 */
@ExtendWith(SharedServer.class)
class UserRolesIT {

  @Test
  void aUserWhoLosesTheUserRoleIsRefusedAtOnceAndSealsAgainAsSoonAsItIsGivenBack(
      ParaphServer server) throws Exception {
    PortalClient admin = PortalClient.asAdmin(server);
    String erin = "erin-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    String password = "Erin-login-" + erin;
    PortalClient asErin = create(server, admin, erin, password);
    assertSeals(asErin);

    JsonObject none = roles(admin, erin, "[]");
    assertEquals(List.of(), names(none));
    HttpResponse<byte[]> refused = seal(asErin);
    assertEquals(403, refused.statusCode(), () -> "the very next request: " + text(refused));

    assertEquals(List.of("USER"), names(roles(admin, erin, "[\"user\"]")));
    assertSeals(asErin);

    assertEquals(403, asErin.get("/api/v1/users", "application/json").statusCode());
    assertEquals(
        List.of("ADMIN", "USER"),
        names(roles(admin, erin, "[\"admin\"]")),
        "an administrator is a user too");
    HttpResponse<byte[]> managing = asErin.get("/api/v1/users", "application/json");
    assertEquals(200, managing.statusCode(), () -> text(managing));
    assertEquals(List.of("USER"), names(roles(admin, erin, "[\"USER\"]")));
    assertEquals(403, asErin.get("/api/v1/users", "application/json").statusCode());

    JsonObject listed = PortalClient.json(admin.get("/api/v1/users/" + erin, "application/json"));
    assertEquals(List.of("USER"), names(listed));
    List<String> changes =
        events(admin, "action=USER_ROLES_CHANGED").stream()
            .map(JsonObject.class::cast)
            .filter(e -> e.getString("subject").equals(erin))
            .sorted(Comparator.comparingLong(e -> e.getJsonNumber("sequence").longValue()))
            .map(e -> e.getString("actor") + ": " + e.getString("text"))
            .toList();
    assertEquals(
        List.of(
            "admin: roles USER -> none",
            "admin: roles none -> USER",
            "admin: roles USER -> ADMIN, USER",
            "admin: roles ADMIN, USER -> USER"),
        changes);
  }

  @Test
  void aWrongRoleChangeIsRefusedClearlyAndChangesNothing(ParaphServer server) throws Exception {
    PortalClient admin = PortalClient.asAdmin(server);
    String fred = "fred-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    PortalClient asFred = create(server, admin, fred, "Fred-login-" + fred);

    assertProblem(
        admin.putJson("/api/v1/users/" + fred + "/roles", "[\"owner\"]"), 400, "invalid-role");
    assertProblem(admin.putJson("/api/v1/users/" + fred + "/roles", "{}"), 400, null);
    assertProblem(
        admin.putJson("/api/v1/users/nobody-" + fred + "/roles", "[\"user\"]"),
        404,
        "unknown-user");
    assertEquals(
        403,
        asFred.putJson("/api/v1/users/" + fred + "/roles", "[\"admin\"]").statusCode(),
        "only administrators change roles, their own included");
    assertEquals(
        List.of("USER"),
        names(PortalClient.json(admin.get("/api/v1/users/" + fred, "application/json"))));
    assertSeals(asFred);
  }

  private static PortalClient create(
      ParaphServer server, PortalClient admin, String username, String password) throws Exception {
    HttpResponse<byte[]> created =
        admin.postJson(
            "/api/v1/users",
            "{\"username\":\""
                + username
                + "\",\"displayName\":\""
                + username
                + "\",\"password\":\""
                + password
                + "\",\"roles\":[\"user\"]}");
    assertEquals(201, created.statusCode(), () -> text(created));
    return new PortalClient(server, username, password);
  }

  private static JsonObject roles(PortalClient admin, String username, String json)
      throws Exception {
    HttpResponse<byte[]> changed = admin.putJson("/api/v1/users/" + username + "/roles", json);
    assertEquals(200, changed.statusCode(), () -> text(changed));
    return PortalClient.json(changed);
  }

  private static void assertSeals(PortalClient client) throws Exception {
    HttpResponse<byte[]> sealed = seal(client);
    assertEquals(200, sealed.statusCode(), () -> text(sealed));
  }

  private static HttpResponse<byte[]> seal(PortalClient client) throws Exception {
    return client.seal(TestPdfs.a4(1), "roles.pdf", Map.of("level", "B-B"), "application/json");
  }

  private static List<String> names(JsonObject user) {
    return user.getJsonArray("roles").getValuesAs(JsonString::getString);
  }

  private static JsonArray events(PortalClient admin, String query) throws Exception {
    HttpResponse<byte[]> response = admin.get("/api/v1/audit/events?" + query, "application/json");
    assertEquals(200, response.statusCode(), () -> text(response));
    return Json.createReader(new ByteArrayInputStream(response.body())).readArray();
  }

  private static void assertProblem(HttpResponse<byte[]> response, int status, String type) {
    assertEquals(status, response.statusCode(), () -> text(response));
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        () -> "a problem document: " + text(response));
    if (type != null) {
      String actual = PortalClient.json(response).getString("type");
      assertTrue(actual.endsWith("/" + type), () -> "type " + type + ": " + text(response));
    }
  }

  private static String text(HttpResponse<byte[]> response) {
    return response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8);
  }
}
