package org.paraph.workflows.application;

import java.util.List;
import java.util.Objects;
import org.paraph.workflows.domain.ParticipantDetails;
import org.paraph.workflows.domain.WorkflowSettings;

/**
 * A sender's request to start a workflow.
 *
 * @param documents the PDFs, in order; participants' boxes name them by position
 * @param participants who acts, in any order (their {@code order} decides)
 */
public record NewWorkflow(
    WorkflowSettings settings, List<NewDocument> documents, List<ParticipantDetails> participants) {

  public NewWorkflow {
    Objects.requireNonNull(settings, "settings");
    documents = List.copyOf(documents);
    participants = List.copyOf(participants);
  }

  /** One PDF, given inline ({@code content}) or by address ({@code url}, fetched by the portal). */
  public record NewDocument(String name, byte[] content, String url) {}
}
