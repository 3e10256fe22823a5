package org.paraph.api.workflows;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.paraph.api.CallerActor;
import org.paraph.api.InvalidRequestException;
import org.paraph.shared.domain.ProblemText;
import org.paraph.workflows.application.SealTasks;

/** {@code /api/v1/tasks}: the calling user's pending workflow tasks, such as seals to apply. */
@Path("tasks")
public class TasksResource {

  @Inject SealTasks tasks;
  @Context SecurityContext security;
  @Context HttpServletRequest request;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<SealTasks.Task> pending() {
    return tasks.pendingFor(CallerActor.of(security, request));
  }

  /** {@code {"approve": true}} or {@code {"approve": false, "reason": "..."}}. */
  @POST
  @Path("{id}/complete")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, Object> complete(@PathParam("id") String id, TaskDecision decision) {
    if (decision == null || decision.approve() == null) {
      throw new InvalidRequestException(
          "invalid-task-decision", ProblemText.of("problem.request.task-decision-body"));
    }
    tasks.complete(CallerActor.of(security, request), id, decision.approve(), decision.reason());
    return Map.of("id", id, "approved", decision.approve());
  }

  public record TaskDecision(Boolean approve, String reason) {}
}
