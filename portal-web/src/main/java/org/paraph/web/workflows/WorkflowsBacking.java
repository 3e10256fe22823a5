package org.paraph.web.workflows;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.paraph.shared.domain.PortalException;
import org.paraph.web.i18n.Texts;
import org.paraph.web.shell.Timestamps;
import org.paraph.workflows.application.Invitations;
import org.paraph.workflows.application.WorkflowService;
import org.paraph.workflows.application.WorkflowView;
import org.paraph.workflows.domain.ParticipantAction;
import org.paraph.workflows.domain.ParticipantState;
import org.paraph.workflows.domain.WorkflowState;

/** The sender's dashboard: their workflows, each participant's state, cancel and resend. */
@Named
@ViewScoped
public class WorkflowsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int SHOWN = 100;

  @Inject WorkflowService workflows;
  @Inject Invitations invitations;
  @Inject FacesContext facesContext;
  @Inject Texts texts;

  private List<WorkflowView> sent = List.of();

  @PostConstruct
  public void load() {
    sent = workflows.sentBy(WebActor.of(facesContext), SHOWN);
  }

  public void cancel(WorkflowView workflow) {
    try {
      workflows.cancel(WebActor.of(facesContext), workflow.id().toString());
      info(
          texts.text("workflows.cancelled"),
          texts.text("workflows.cancelled.detail", workflow.name()));
      load();
    } catch (PortalException e) {
      error(texts.text("workflows.not-cancelled"), e);
    }
  }

  public void resend(WorkflowView workflow, WorkflowView.ParticipantView participant) {
    try {
      invitations.resend(WebActor.of(facesContext), workflow.id(), participant.id());
      info(
          texts.text("workflows.resent"),
          texts.text("workflows.resent.detail", participant.firstName(), participant.surname()));
      load();
    } catch (PortalException e) {
      error(texts.text("workflows.not-resent"), e);
    }
  }

  public boolean canCancel(WorkflowView workflow) {
    return workflow.state() == WorkflowState.IN_PROGRESS;
  }

  public boolean canResend(WorkflowView workflow, WorkflowView.ParticipantView participant) {
    return workflow.state() == WorkflowState.IN_PROGRESS
        && participant.action() != ParticipantAction.SEAL
        && (participant.state() == ParticipantState.INVITED
            || participant.state() == ParticipantState.LOCKED);
  }

  public boolean hasAuditTrail(WorkflowView workflow) {
    return workflow.state() == WorkflowState.COMPLETED;
  }

  public String format(Instant instant) {
    return Timestamps.format(instant);
  }

  public List<WorkflowView> getSent() {
    return sent;
  }

  private void info(String summary, String detail) {
    facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
  }

  private void error(String summary, PortalException e) {
    facesContext.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, texts.problem(e)));
  }
}
