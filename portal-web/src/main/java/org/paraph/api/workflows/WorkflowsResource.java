package org.paraph.api.workflows;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.paraph.api.CallerActor;
import org.paraph.api.InvalidRequestException;
import org.paraph.api.download.ContentDisposition;
import org.paraph.audit.application.CodedDetails;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.ProblemText;
import org.paraph.web.i18n.Texts;
import org.paraph.workflows.application.Callbacks;
import org.paraph.workflows.application.Invitations;
import org.paraph.workflows.application.StoredFile;
import org.paraph.workflows.application.WorkflowService;
import org.paraph.workflows.application.WorkflowView;
import org.paraph.workflows.domain.CallbackDelivery;

/**
 * {@code /api/v1/workflows}: start a workflow, follow it, download its documents and audit trail,
 * cancel it, resend a participant's invitation. Only the sender (or an administrator) sees a
 * workflow; nobody sees a participant's link.
 */
@Path("workflows")
public class WorkflowsResource {

  private static final String PDF = "application/pdf";

  @Inject WorkflowService workflows;
  @Inject Texts texts;
  @Inject Invitations invitations;
  @Inject Callbacks callbacks;
  @Inject Clock clock;
  @Context SecurityContext security;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response create(WorkflowRequest body) {
    WorkflowView view = workflows.create(caller(), WorkflowRequests.toNewWorkflow(body, clock));
    return Response.created(URI.create("/api/v1/workflows/" + view.id()))
        .entity(WorkflowResponse.of(view))
        .build();
  }

  /** The caller's workflows, the most recent first; administrators see every one. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<WorkflowResponse> list(@QueryParam("limit") @DefaultValue("50") int limit) {
    if (limit < 1 || limit > 500) {
      throw new InvalidRequestException(
          "invalid-parameter", ProblemText.of("problem.request.limit-range", 1, 500));
    }
    List<WorkflowView> views =
        security.isUserInRole("ADMIN")
            ? workflows.latest(limit)
            : workflows.sentBy(caller(), limit);
    return views.stream().map(WorkflowResponse::of).toList();
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public WorkflowResponse find(@PathParam("id") String id) {
    return WorkflowResponse.of(workflows.find(caller(), id));
  }

  @GET
  @Path("{id}/documents/{documentId}")
  @Produces(PDF)
  public Response document(@PathParam("id") String id, @PathParam("documentId") String documentId) {
    return pdf(workflows.document(caller(), id, documentId));
  }

  /** The sealed audit trail PDF; with {@code Accept: application/json}, the events so far. */
  @GET
  @Path("{id}/audit-trail")
  @Produces({PDF, MediaType.APPLICATION_JSON})
  public Response auditTrail(@PathParam("id") String id, @Context HttpHeaders headers) {
    boolean json =
        headers.getAcceptableMediaTypes().stream()
            .anyMatch(t -> !t.isWildcardType() && t.isCompatible(MediaType.APPLICATION_JSON_TYPE));
    if (json) {
      WorkflowView view = workflows.find(caller(), id);
      List<AuditEventResponse> events =
          workflows.auditEvents(caller(), id).stream()
              .map(event -> AuditEventResponse.of(event, texts.locale()))
              .toList();
      return Response.ok(
              new AuditTrailResponse(
                  view.id().toString(), view.name(), view.state().name(), events),
              MediaType.APPLICATION_JSON)
          .build();
    }
    return pdf(workflows.auditTrail(caller(), id));
  }

  @POST
  @Path("{id}/cancel")
  @Produces(MediaType.APPLICATION_JSON)
  public WorkflowResponse cancel(@PathParam("id") String id) {
    return WorkflowResponse.of(workflows.cancel(caller(), id));
  }

  /** Runs a failed final sealing again now. */
  @POST
  @Path("{id}/finalisation/retry")
  @Produces(MediaType.APPLICATION_JSON)
  public WorkflowResponse retryFinalisation(@PathParam("id") String id) {
    return WorkflowResponse.of(workflows.retryFinalisation(caller(), id));
  }

  /** A new link for a participant (the old one stops working), for example after a lock. */
  @POST
  @Path("{id}/participants/{participantId}/resend")
  @Produces(MediaType.APPLICATION_JSON)
  public WorkflowResponse resend(
      @PathParam("id") String id, @PathParam("participantId") String participantId) {
    invitations.resend(caller(), uuid(id), uuid(participantId));
    return WorkflowResponse.of(workflows.find(caller(), id));
  }

  /** Every callback of the workflow: what was posted, when, and what the receiver answered. */
  @GET
  @Path("{id}/callbacks")
  @Produces(MediaType.APPLICATION_JSON)
  public List<CallbackResponse> callbacks(@PathParam("id") String id) {
    WorkflowView view = workflows.find(caller(), id);
    return callbacks.of(view.id()).stream().map(CallbackResponse::of).toList();
  }

  public record CallbackResponse(
      String id,
      String event,
      String url,
      String state,
      int attempts,
      Integer lastStatus,
      String lastError,
      Instant createdAt,
      Instant nextAttemptAt,
      Instant deliveredAt) {

    static CallbackResponse of(CallbackDelivery delivery) {
      return new CallbackResponse(
          delivery.id().toString(),
          delivery.event(),
          delivery.url(),
          delivery.state().name(),
          delivery.attempts(),
          delivery.lastStatus(),
          delivery.lastError(),
          delivery.createdAt(),
          delivery.nextAttemptAt(),
          delivery.deliveredAt());
    }
  }

  /** The workflow's audit events as JSON. */
  public record AuditTrailResponse(
      String workflowId, String name, String state, List<AuditEventResponse> events) {}

  public record AuditEventResponse(
      long sequence,
      Instant at,
      String actor,
      String actorKind,
      String action,
      String details,
      String text,
      String clientIp,
      String userAgent,
      String hash) {

    /**
     * @param locale the reader's: {@code text} says the details in their language, {@code details}
     *     is as recorded (the hash covers it)
     */
    static AuditEventResponse of(org.paraph.audit.domain.AuditEvent event, Locale locale) {
      return new AuditEventResponse(
          event.sequenceNumber(),
          event.occurredAt(),
          event.actorName(),
          event.actorKind().name(),
          event.action(),
          event.details(),
          CodedDetails.text(event.details(), locale),
          event.clientIp(),
          event.userAgent(),
          event.hash());
    }
  }

  private Actor caller() {
    return CallerActor.of(security, request);
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "invalid-parameter", ProblemText.of("problem.request.not-an-id", id));
    }
  }

  static Response pdf(StoredFile file) {
    return Response.ok(file.content(), PDF)
        .header("Content-Disposition", ContentDisposition.attachment(file.name()))
        .build();
  }
}
