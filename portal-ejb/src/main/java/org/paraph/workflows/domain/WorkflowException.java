package org.paraph.workflows.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/**
 * A workflow request the portal refuses: each factory is one case with its own problem type, so
 * that API clients can tell them apart and the pages can say what to do.
 */
public class WorkflowException extends PortalException {

  private WorkflowException(FailureKind kind, String problemType, String message) {
    super(kind, problemType, message);
  }

  public static WorkflowException invalid(String message) {
    return new WorkflowException(FailureKind.BAD_REQUEST, "invalid-workflow", message);
  }

  public static WorkflowException notFound(String id) {
    return new WorkflowException(
        FailureKind.NOT_FOUND, "workflow-not-found", "There is no workflow " + id + ".");
  }

  public static WorkflowException documentNotFound(String id) {
    return new WorkflowException(
        FailureKind.NOT_FOUND,
        "workflow-document-not-found",
        "This workflow has no document " + id + ".");
  }

  public static WorkflowException notSender() {
    return new WorkflowException(
        FailureKind.FORBIDDEN,
        "not-your-workflow",
        "Only the sender of a workflow (or an administrator) may see or change it.");
  }

  public static WorkflowException notOpen(WorkflowState state) {
    return new WorkflowException(
        FailureKind.CONFLICT,
        "workflow-not-open",
        "The workflow is "
            + state.name().toLowerCase().replace('_', ' ')
            + ": nobody can act on it.");
  }

  public static WorkflowException auditTrailNotReady(WorkflowState state) {
    return new WorkflowException(
        FailureKind.CONFLICT,
        "audit-trail-not-ready",
        "The sealed audit trail exists once the workflow is completed; it is "
            + state.name().toLowerCase().replace('_', ' ')
            + ".");
  }

  public static WorkflowException taskNotFound(String id) {
    return new WorkflowException(
        FailureKind.NOT_FOUND, "task-not-found", "You have no pending task " + id + ".");
  }
}
