package org.paraph.it.support;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Following a seal batch over the API until every document in it is sealed or failed. */
public final class SealBatches {

  /** Long enough for a slow, shared machine; the test fails with the batch as it stood. */
  private static final Duration PATIENCE = Duration.ofMinutes(4);

  private SealBatches() {}

  public static JsonObject progress(PortalClient client, String id)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> response = client.get("/api/v1/seal-batches/" + id, "application/json");
    if (response.statusCode() != 200) {
      throw new IOException(
          "GET batch " + id + ": " + response.statusCode() + " " + new String(response.body()));
    }
    return PortalClient.json(response);
  }

  /** Polls the batch until it says it is complete. */
  public static JsonObject awaitComplete(PortalClient client, String id)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    JsonObject batch = progress(client, id);
    while (!batch.getBoolean("complete")) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("batch " + id + " not complete after " + PATIENCE + ": " + batch);
      }
      Thread.sleep(250);
      batch = progress(client, id);
    }
    return batch;
  }
}
