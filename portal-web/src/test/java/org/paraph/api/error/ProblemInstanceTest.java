package org.paraph.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.paraph.web.operations.RequestIds;

/** A problem names its request, whose id the log lines carry, so that one finds the other. */
class ProblemInstanceTest {

  @AfterEach
  void leaveTheThreadClean() {
    RequestIds.end();
  }

  @Test
  void aProblemAnsweredDuringARequestNamesIt() {
    Map<String, Object> attributes = new HashMap<>();
    jakarta.servlet.ServletRequest request =
        (jakarta.servlet.ServletRequest)
            java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {jakarta.servlet.ServletRequest.class},
                (self, method, arguments) ->
                    method.getName().equals("getAttribute")
                        ? attributes.get((String) arguments[0])
                        : attributes.put((String) arguments[0], arguments[1]));
    RequestIds.begin(request, "client-trace-0001");

    JsonObject problem = Problems.body(400, "invalid-parameter", "Bad request", "'limit' ...");

    assertEquals("urn:paraph:request:client-trace-0001", problem.getString("instance"));
  }

  @Test
  void withoutARequestThereIsNoInstance() {
    assertFalse(Problems.body(500, "x", "t", "d").containsKey("instance"));
  }
}
