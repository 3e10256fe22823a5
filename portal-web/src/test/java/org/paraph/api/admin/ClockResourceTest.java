package org.paraph.api.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.paraph.api.InvalidRequestException;
import org.paraph.api.admin.ClockResource.ClockAdvanceRequest;
import org.paraph.audit.application.ClockAdministration;
import org.paraph.shared.domain.ClockNotMovableException;
import org.paraph.shared.domain.FailureKind;

class ClockResourceTest {

  @Test
  void whereTheClockIsNotMovableAMoveIsNotFoundWhateverItsBody() {
    ClockResource resource = new ClockResource();
    resource.administration =
        new ClockAdministration() {
          @Override
          public boolean movable() {
            return false;
          }
        };
    for (ClockAdvanceRequest body :
        new ClockAdvanceRequest[] {new ClockAdvanceRequest("PT2M"), null}) {
      ClockNotMovableException e =
          assertThrows(ClockNotMovableException.class, () -> resource.advance(body));
      assertEquals(FailureKind.NOT_FOUND, e.kind());
      assertEquals("not-found", e.problemType());
    }
  }

  @Test
  void anIsoDurationIsRead() {
    assertEquals(Duration.ofMinutes(2), ClockResource.durationIn(new ClockAdvanceRequest("PT2M")));
    assertEquals(Duration.ofDays(30), ClockResource.durationIn(new ClockAdvanceRequest(" P30D ")));
  }

  @Test
  void aMissingAdvanceIsRefusedWithAnExample() {
    for (ClockAdvanceRequest missing :
        new ClockAdvanceRequest[] {
          null, new ClockAdvanceRequest(null), new ClockAdvanceRequest(" ")
        }) {
      InvalidRequestException e =
          assertThrows(InvalidRequestException.class, () -> ClockResource.durationIn(missing));
      assertEquals(FailureKind.BAD_REQUEST, e.kind());
      assertEquals("invalid-parameter", e.problemType());
      assertTrue(e.getMessage().contains("PT2M"), e.getMessage());
    }
  }

  @Test
  void anUnreadableDurationIsRefusedWithWhatWasGiven() {
    InvalidRequestException e =
        assertThrows(
            InvalidRequestException.class,
            () -> ClockResource.durationIn(new ClockAdvanceRequest("two minutes")));
    assertEquals("invalid-parameter", e.problemType());
    assertTrue(e.getMessage().contains("'two minutes'"), e.getMessage());
  }
}
