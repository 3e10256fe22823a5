package org.paraph.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * What a participant does through their link, over the API, and what the sender waits for: the
 * calls the upgrade tests make on an installation they did not create themselves.
 */
public final class ParticipantActions {

  private ParticipantActions() {}

  /** Asks for a one-time password by mail; the portal answers 200 when it is on its way. */
  public static void requestCode(ParaphServer server, String link)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> sent =
        PortalClient.anonymousPost(
            server, "/api/v1/sign/" + link + "/otp", null, null, "application/json");
    requireOk(sent, "asking for a code");
  }

  /** Signs with a typed signature and the code received. */
  public static HttpResponse<byte[]> signTyped(
      ParaphServer server, String link, String code, String typed)
      throws IOException, InterruptedException {
    String body =
        Json.createObjectBuilder()
            .add("otp", code)
            .add("signature", Json.createObjectBuilder().add("mode", "typed").add("text", typed))
            .build()
            .toString();
    return PortalClient.anonymousPostJson(server, "/api/v1/sign/" + link + "/complete", body);
  }

  public static HttpResponse<byte[]> decline(ParaphServer server, String link, String reason)
      throws IOException, InterruptedException {
    String body = Json.createObjectBuilder().add("reason", reason).build().toString();
    return PortalClient.anonymousPostJson(server, "/api/v1/sign/" + link + "/decline", body);
  }

  /** The workflow as its sender sees it, once it is in {@code state} (two minutes at most). */
  public static JsonObject awaitState(PortalClient sender, String id, String state)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    JsonObject workflow;
    do {
      workflow = PortalClient.json(sender.get("/api/v1/workflows/" + id, "application/json"));
      if (state.equals(workflow.getString("state"))) {
        return workflow;
      }
      Thread.sleep(250);
    } while (Instant.now().isBefore(deadline));
    throw new AssertionError("workflow never became " + state + ": " + workflow);
  }

  /** Approves the one open seal task of a workflow, as the portal user it is assigned to. */
  public static void approveSealTask(PortalClient user, String workflowId)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> pending = user.get("/api/v1/tasks", "application/json");
    requireOk(pending, "listing tasks");
    String taskId =
        Json.createReader(new java.io.ByteArrayInputStream(pending.body()))
            .readArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(task -> task.getString("workflowId").equals(workflowId))
            .map(task -> task.getString("id"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no seal task for workflow " + workflowId));
    requireOk(
        user.postJson("/api/v1/tasks/" + taskId + "/complete", "{\"approve\": true}"),
        "approving the seal task");
  }

  public static void requireOk(HttpResponse<byte[]> response, String what) {
    if (response.statusCode() / 100 != 2) {
      throw new AssertionError(
          what
              + " answered "
              + response.statusCode()
              + ": "
              + new String(response.body(), StandardCharsets.UTF_8));
    }
  }
}
