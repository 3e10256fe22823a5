package org.paraph.workflows.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/**
 * A workflow request the portal refuses: each factory is one case with its own problem type, so
 * that API clients can tell them apart and the pages can say what to do.
 */
public class WorkflowException extends PortalException {

  private WorkflowException(FailureKind kind, String problemType, ProblemText text) {
    super(kind, problemType, text);
  }

  public static WorkflowException invalid(ProblemText text) {
    return new WorkflowException(FailureKind.BAD_REQUEST, "invalid-workflow", text);
  }

  public static WorkflowException notFound(String id) {
    return new WorkflowException(
        FailureKind.NOT_FOUND,
        "workflow-not-found",
        ProblemText.of("problem.workflow-not-found", id));
  }

  public static WorkflowException documentNotFound(String id) {
    return new WorkflowException(
        FailureKind.NOT_FOUND,
        "workflow-document-not-found",
        ProblemText.of("problem.workflow-document-not-found", id));
  }

  public static WorkflowException notSender() {
    return new WorkflowException(
        FailureKind.FORBIDDEN, "not-your-workflow", ProblemText.of("problem.not-your-workflow"));
  }

  public static WorkflowException notOpen(WorkflowState state) {
    return new WorkflowException(
        FailureKind.CONFLICT,
        "workflow-not-open",
        ProblemText.of("problem.workflow-not-open", words(state)));
  }

  public static WorkflowException auditTrailNotReady(WorkflowState state) {
    return new WorkflowException(
        FailureKind.CONFLICT,
        "audit-trail-not-ready",
        ProblemText.of("problem.audit-trail-not-ready", words(state)));
  }

  public static WorkflowException taskNotFound(String id) {
    return new WorkflowException(
        FailureKind.NOT_FOUND, "task-not-found", ProblemText.of("problem.task-not-found", id));
  }

  /** The state as the API names it, in lower case: the same words in every language. */
  private static String words(WorkflowState state) {
    return state.name().toLowerCase().replace('_', ' ');
  }
}
