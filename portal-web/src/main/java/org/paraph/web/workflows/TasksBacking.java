package org.paraph.web.workflows;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paraph.shared.domain.PortalException;
import org.paraph.web.i18n.Texts;
import org.paraph.workflows.application.SealTasks;
import org.paraph.workflows.application.StoredFile;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The "Tasks" page: the seal approvals waiting for the logged-in user. */
@Named
@ViewScoped
public class TasksBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SealTasks tasks;
  @Inject FacesContext facesContext;
  @Inject Texts texts;

  private List<SealTasks.Task> pending = List.of();
  private final Map<String, String> refusals = new HashMap<>();

  @PostConstruct
  void load() {
    pending = tasks.pendingFor(WebActor.of(facesContext));
  }

  public void approve(SealTasks.Task task) {
    decide(task, true, null, texts.text("tasks.approved.detail", task.workflowName()));
  }

  public void refuse(SealTasks.Task task) {
    decide(
        task,
        false,
        refusals.get(task.id().toString()),
        texts.text("tasks.refused.detail", task.workflowName()));
  }

  private void decide(SealTasks.Task task, boolean approve, String reason, String done) {
    try {
      tasks.complete(WebActor.of(facesContext), task.id().toString(), approve, reason);
      facesContext.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              approve ? texts.text("tasks.approved") : texts.text("tasks.refused"),
              done));
      load();
    } catch (PortalException e) {
      facesContext.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, texts.text("tasks.not-done"), texts.problem(e)));
    }
  }

  public StreamedContent download(SealTasks.Task task, String documentId) {
    StoredFile file = tasks.document(WebActor.of(facesContext), task.id().toString(), documentId);
    return DefaultStreamedContent.builder().name(file.name()).contentType("application/pdf").stream(
            () -> new ByteArrayInputStream(file.content()))
        .build();
  }

  public List<SealTasks.Task> getPending() {
    return pending;
  }

  /** The reasons typed for refusals, by task id. */
  public Map<String, String> getRefusals() {
    return refusals;
  }
}
