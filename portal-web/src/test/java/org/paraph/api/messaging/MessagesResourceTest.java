package org.paraph.api.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paraph.api.InvalidRequestException;
import org.paraph.shared.domain.FailureKind;

class MessagesResourceTest {

  /**
   * Only SENT, or nothing, may be asked for: anything else is a 400 that says what is allowed,
   * before the outbox is read (it is not even there in this test).
   */
  @ParameterizedTest
  @ValueSource(strings = {"BOGUS", "PENDING", "FAILED", "SENT;drop table outbox", "SENTX"})
  void anyOtherStateIsRefusedWithWhatIsAllowed(String state) {
    MessagesResource resource = new MessagesResource();

    InvalidRequestException refused =
        assertThrows(InvalidRequestException.class, () -> resource.list(state));

    assertEquals(FailureKind.BAD_REQUEST, refused.kind());
    assertEquals("invalid-parameter", refused.problemType());
    assertTrue(refused.getMessage().contains("'state' is SENT"), refused.getMessage());
    assertTrue(refused.getMessage().endsWith("not '" + state + "'"), refused.getMessage());
  }
}
