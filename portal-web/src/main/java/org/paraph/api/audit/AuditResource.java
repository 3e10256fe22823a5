package org.paraph.api.audit;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.paraph.api.CallerActor;
import org.paraph.api.InvalidRequestException;
import org.paraph.api.download.ContentDisposition;
import org.paraph.audit.application.AuditExport;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.domain.AuditEvent;
import org.paraph.audit.domain.AuditFilter;
import org.paraph.audit.domain.ChainBreak;
import org.paraph.shared.domain.ProblemText;
import org.paraph.web.i18n.Texts;

/**
 * {@code /api/v1/audit} for administrators: search the audit log and take it away as CSV or JSON,
 * and check its hash chain.
 */
@Path("audit")
public class AuditResource {

  static final int MAX_EXPORTED = 100_000;

  @Inject AuditLog auditLog;
  @Inject Texts texts;
  @Context SecurityContext security;
  @Context HttpServletRequest request;

  /** {@code format=csv} or {@code json} (default); filters as on the audit page. */
  @GET
  @Path("events")
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  public Response events(
      @QueryParam("workflow") String workflow,
      @QueryParam("participant") String participant,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("format") @DefaultValue("json") String format) {
    List<AuditEvent> events =
        auditLog.search(
            new AuditFilter(
                workflow, participant, action, instant(from, "from"), instant(to, "to")),
            MAX_EXPORTED);
    return switch (format) {
      case "csv" ->
          Response.ok(AuditExport.csv(events, texts.locale()), "text/csv; charset=UTF-8")
              .header("Content-Disposition", ContentDisposition.attachment("audit.csv"))
              .build();
      case "json" ->
          Response.ok(AuditExport.json(events, texts.locale()), MediaType.APPLICATION_JSON).build();
      default ->
          throw new InvalidRequestException(
              "invalid-parameter", ProblemText.of("problem.request.audit-format", format));
    };
  }

  /** Walks the whole chain; names the first broken event, if any. The check is itself audited. */
  @POST
  @Path("verification")
  @Produces(MediaType.APPLICATION_JSON)
  public ChainReport verify() {
    Optional<ChainBreak> broken = auditLog.verifyChainFor(CallerActor.of(security, request));
    return broken
        .map(b -> new ChainReport(false, b.sequenceNumber(), b.reason()))
        .orElse(new ChainReport(true, null, null));
  }

  public record ChainReport(boolean intact, Long brokenAt, String reason) {}

  private static Instant instant(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          "invalid-parameter", ProblemText.of("problem.request.audit-instant", name));
    }
  }
}
