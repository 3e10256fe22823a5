package org.paraph.web.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

  @AfterEach
  void leaveTheThreadClean() {
    RequestIds.end();
  }

  @Test
  void aClientsTraceIdIsKeptWhenItIsAPlainToken() {
    assertEquals(
        Optional.of("trace-4bf92f3577b34da6"), RequestIds.accepted("trace-4bf92f3577b34da6"));
    assertEquals(
        Optional.of("0af76519-16cd-43dd-8448-eb211c80319c"),
        RequestIds.accepted("0af76519-16cd-43dd-8448-eb211c80319c"));
  }

  @Test
  void anythingElseIsReplacedByAFreshId() {
    for (String sent :
        new String[] {
          null, "", "short", "x".repeat(65), "id with spaces", "line\nbreak-12345", "a\"quote'12"
        }) {
      assertEquals(Optional.empty(), RequestIds.accepted(sent), String.valueOf(sent));
    }
  }

  @Test
  void theIdIsInTheLoggingContextUntilTheRequestEnds() {
    FakeRequest request = new FakeRequest();

    String id = RequestIds.begin(request.proxy(), "not a token");

    UUID.fromString(id);
    assertEquals(Optional.of(id), RequestIds.current());
    assertEquals(Optional.of("urn:paraph:request:" + id), RequestIds.instance());
    assertEquals(id, RequestIds.begin(request.proxy(), "another-token-123"), "given once");
    RequestIds.end();
    assertEquals(Optional.empty(), RequestIds.current());
    assertEquals(Optional.empty(), RequestIds.instance());
  }

  @Test
  void twoRequestsGetTwoIds() {
    String first = RequestIds.begin(new FakeRequest().proxy(), null);
    String second = RequestIds.begin(new FakeRequest().proxy(), null);

    assertNotEquals(first, second);
    assertTrue(RequestIds.current().orElseThrow().equals(second));
  }

  /** A request that only keeps its attributes. */
  private static final class FakeRequest {
    private final java.util.Map<String, Object> attributes = new java.util.HashMap<>();

    jakarta.servlet.ServletRequest proxy() {
      return (jakarta.servlet.ServletRequest)
          java.lang.reflect.Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {jakarta.servlet.ServletRequest.class},
              (self, method, arguments) ->
                  switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) arguments[0]);
                    case "setAttribute" -> attributes.put((String) arguments[0], arguments[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                  });
    }
  }
}
