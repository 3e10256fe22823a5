package org.paraph.api.admin;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.paraph.api.CallerActor;
import org.paraph.api.InvalidRequestException;
import org.paraph.audit.application.ClockAdministration;
import org.paraph.shared.domain.ClockNotMovableException;
import org.paraph.shared.domain.ClockReading;
import org.paraph.shared.domain.ProblemText;

/**
 * {@code /api/v1/admin/clock}, for administrators only (web.xml): the portal's time, and, where
 * {@code PARAPH_TEST_CLOCK=movable} (system tests only), a move forward with {@code
 * {"advance":"PT2M"}}. Elsewhere a move answers 404, as an address that does not exist.
 */
@Path("admin/clock")
@Produces(MediaType.APPLICATION_JSON)
public class ClockResource {

  @Inject ClockAdministration administration;
  @Context SecurityContext security;
  @Context HttpServletRequest request;

  @GET
  public ClockResponse read() {
    return ClockResponse.of(administration.read());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public ClockResponse advance(ClockAdvanceRequest body) {
    if (!administration.movable()) {
      throw new ClockNotMovableException();
    }
    return ClockResponse.of(
        administration.advance(CallerActor.of(security, request), durationIn(body)));
  }

  /** The body's {@code advance}, an ISO-8601 duration; a missing or unreadable one is refused. */
  static Duration durationIn(ClockAdvanceRequest body) {
    if (body == null || body.advance() == null || body.advance().isBlank()) {
      throw new InvalidRequestException(
          "invalid-parameter", ProblemText.of("problem.request.clock-body"));
    }
    try {
      return Duration.parse(body.advance().strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          "invalid-parameter", ProblemText.of("problem.request.clock-advance", body.advance()));
    }
  }

  /** The body of {@code POST /api/v1/admin/clock}. */
  public record ClockAdvanceRequest(String advance) {}

  /**
   * @param now the portal's time, ISO-8601
   * @param movable whether it may be moved
   * @param offset how far it has been moved ahead of the system clock, ISO-8601
   */
  public record ClockResponse(String now, boolean movable, String offset) {

    static ClockResponse of(ClockReading reading) {
      return new ClockResponse(
          reading.now().toString(), reading.movable(), reading.offset().toString());
    }
  }
}
