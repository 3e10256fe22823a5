package org.paraph.api.seals;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Optional;
import org.paraph.api.CallerActor;
import org.paraph.api.InvalidRequestException;
import org.paraph.api.download.ContentDisposition;
import org.paraph.seals.application.SealCommand;
import org.paraph.seals.application.SealHistory;
import org.paraph.seals.application.SealHistoryEntry;
import org.paraph.seals.application.SealOutcome;
import org.paraph.seals.application.SealingService;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.PlacementRequest;
import org.paraph.seals.domain.SealFormat;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealRecord;
import org.paraph.seals.domain.SealRecordNotFoundException;
import org.paraph.seals.domain.SealUse;
import org.paraph.shared.application.PortalConfig;
import org.paraph.shared.domain.ProblemText;

/**
 * {@code /api/v1/seals}: seal one PDF (into a sealed PDF, or a detached {@code .p7s}), read a seal
 * record, download the sealed file.
 */
@Path("seals")
public class SealsResource {

  private static final String PDF = "application/pdf";
  private static final String P7S = "application/pkcs7-signature";

  /** Where {@code visible=true} without coordinates puts the annotation: top left of page 1. */
  private static final Placement DEFAULT_PLACEMENT =
      new Placement(1, 36, 36, PlacementRequest.DEFAULT_WIDTH, PlacementRequest.DEFAULT_HEIGHT);

  private static final String DEGRADED_HEADER = "Paraph-Seal-Degraded";

  private static final List<String> COORDINATES = List.of("page", "x", "y", "width", "height");

  @Inject SealingService sealing;
  @Inject SealHistory history;
  @Inject PortalConfig config;
  @Context SecurityContext security;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces({PDF, P7S, MediaType.APPLICATION_JSON})
  public Response seal(List<EntityPart> parts, @Context HttpHeaders headers) {
    SealRequestParts form =
        SealRequestParts.read(parts, config.maxUploadBytes(), config.maxUploadMegabytes());
    SealCommand command =
        new SealCommand(
            form.fileName(),
            form.file(),
            form.text("seal").orElse(null),
            form.text("format").map(SealFormat::fromLabel).orElse(SealFormat.PADES),
            // Absent: the seal's own default level.
            form.text("level").map(SealLevel::fromLabel).orElse(null),
            placement(form),
            form.text("reason").orElse(null),
            form.text("location").orElse(null),
            // Absent: what the seal's document retention does by default.
            form.flag("keep").orElse(null));
    SealOutcome outcome = sealing.seal(CallerActor.of(security, request), command, SealUse.API);
    String id = outcome.record().id().toString();
    Response.ResponseBuilder answer =
        wantsJson(headers)
            ? Response.ok(
                SealRecordResponse.of(outcome.record(), outcome.sealName()),
                MediaType.APPLICATION_JSON)
            : file(outcome);
    if (outcome.record().degradedFrom().isPresent()) {
      // The level actually made, when no timestamp authority answered and the seal allowed B-B.
      answer.header(DEGRADED_HEADER, outcome.record().level());
    }
    return answer.header("Paraph-Seal-Id", id).build();
  }

  /** The caller's seal records, the most recent first; an administrator sees every one. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<SealRecordResponse> list(@QueryParam("limit") @DefaultValue("50") int limit) {
    if (limit < 1 || limit > 1000) {
      throw new InvalidRequestException(
          "invalid-parameter", ProblemText.of("problem.request.limit-range", 1, 1000));
    }
    List<SealHistoryEntry> entries =
        security.isUserInRole("ADMIN")
            ? history.all(limit)
            : history.of(security.getUserPrincipal().getName(), limit);
    return entries.stream().map(e -> SealRecordResponse.of(e.record(), e.sealName())).toList();
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public SealRecordResponse record(@PathParam("id") String id) {
    SealHistoryEntry entry = history.record(id);
    visible(entry.record(), id);
    return SealRecordResponse.of(entry.record(), entry.sealName());
  }

  @GET
  @Path("{id}/document")
  @Produces({PDF, P7S})
  public Response document(@PathParam("id") String id) {
    visible(history.record(id).record(), id);
    return file(history.sealedDocument(id)).build();
  }

  /** A user sees the seals they caused; an administrator sees all. */
  private SealRecord visible(SealRecord record, String id) {
    if (!security.isUserInRole("ADMIN")
        && !record.actorName().equals(security.getUserPrincipal().getName())) {
      throw new SealRecordNotFoundException(id);
    }
    return record;
  }

  private static Response.ResponseBuilder file(SealOutcome outcome) {
    return Response.ok(outcome.sealedFile(), outcome.mediaType())
        .header("Content-Disposition", ContentDisposition.attachment(outcome.fileName()));
  }

  private static boolean wantsJson(HttpHeaders headers) {
    return headers.getAcceptableMediaTypes().stream()
        .anyMatch(t -> !t.isWildcardType() && t.isCompatible(MediaType.APPLICATION_JSON_TYPE));
  }

  /**
   * A keyword or a field places the seal (a keyword with an optional box size); otherwise
   * coordinates make the seal visible, {@code visible=true} without them puts the annotation at the
   * default place, and neither gives an invisible seal.
   */
  static PlacementRequest placement(SealRequestParts form) {
    Optional<String> keyword = form.text("keyword");
    Optional<String> field = form.text("field");
    if (keyword.isPresent() && field.isPresent()) {
      throw new InvalidRequestException(
          "invalid-placement", ProblemText.of("problem.request.keyword-or-field"));
    }
    if (keyword.isPresent()) {
      refuseAlongside("keyword", form, List.of("page", "x", "y"));
      return new PlacementRequest.AtKeyword(
          keyword.get(),
          form.number("width").orElse(PlacementRequest.DEFAULT_WIDTH),
          form.number("height").orElse(PlacementRequest.DEFAULT_HEIGHT));
    }
    if (field.isPresent()) {
      refuseAlongside("field", form, COORDINATES);
      return PlacementRequest.inField(field.get());
    }
    return coordinates(form);
  }

  /**
   * The other placement options make no sense with a keyword or a field; nor does visible=false.
   */
  private static void refuseAlongside(String option, SealRequestParts form, List<String> others) {
    for (String other : others) {
      if (form.text(other).isPresent()) {
        throw new InvalidRequestException(
            "invalid-placement",
            ProblemText.of("problem.request.placement-combined", other, option));
      }
    }
    if (!form.flag("visible").orElse(true)) {
      throw new InvalidRequestException(
          "invalid-placement", ProblemText.of("problem.request.invisible-with-option", option));
    }
  }

  private static PlacementRequest coordinates(SealRequestParts form) {
    long given = COORDINATES.stream().filter(c -> form.text(c).isPresent()).count();
    boolean visible = form.flag("visible").orElse(given > 0);
    if (!visible) {
      if (given > 0) {
        throw new InvalidRequestException(
            "invalid-placement", ProblemText.of("problem.request.invisible-with-coordinates"));
      }
      return PlacementRequest.invisible();
    }
    if (given == 0) {
      return PlacementRequest.at(DEFAULT_PLACEMENT);
    }
    if (given < COORDINATES.size()) {
      throw new InvalidRequestException(
          "invalid-placement", ProblemText.of("problem.request.placement-incomplete"));
    }
    float page = form.number("page").orElseThrow();
    if (page != Math.rint(page)) {
      throw new InvalidRequestException(
          "invalid-placement", ProblemText.of("problem.request.page-not-whole"));
    }
    return PlacementRequest.at(
        new Placement(
            (int) page,
            form.number("x").orElseThrow(),
            form.number("y").orElseThrow(),
            form.number("width").orElseThrow(),
            form.number("height").orElseThrow()));
  }
}
