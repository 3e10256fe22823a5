package org.paraph.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.paraph.audit.application.AuditExport;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.application.CodedDetails;
import org.paraph.audit.domain.AuditEvent;
import org.paraph.audit.domain.AuditFilter;
import org.paraph.audit.domain.ChainBreak;
import org.paraph.shared.domain.ActorKind;
import org.paraph.web.i18n.Texts;
import org.paraph.web.shell.RequestActor;
import org.paraph.web.shell.Timestamps;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The audit log for administrators: events filtered by workflow, participant, action and date,
 * exported as CSV or JSON, and a check of the whole hash chain that names the first broken event.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 1000;
  private static final int EXPORTED = 100_000;

  @Inject AuditLog auditLog;
  @Inject FacesContext facesContext;
  @Inject Texts texts;

  private String workflow;
  private String participant;
  private String action;
  private LocalDate from;
  private LocalDate to;
  private List<AuditEvent> events;
  private String chainStatus = "";

  @PostConstruct
  void load() {
    search();
  }

  public void search() {
    events = auditLog.search(filter(), SHOWN);
  }

  public void clear() {
    workflow = null;
    participant = null;
    action = null;
    from = null;
    to = null;
    search();
  }

  public StreamedContent getCsv() {
    return download(
        "audit.csv", "text/csv; charset=UTF-8", AuditExport.csv(exported(), texts.locale()));
  }

  public StreamedContent getJson() {
    return download("audit.json", "application/json", AuditExport.json(exported(), texts.locale()));
  }

  public void verifyChain() {
    Optional<ChainBreak> broken = auditLog.verifyChainFor(RequestActor.of(facesContext));
    if (broken.isEmpty()) {
      chainStatus = texts.text("audit.chain.intact");
      facesContext.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_INFO, chainStatus, null));
    } else {
      chainStatus =
          texts.text(
              "audit.chain.broken",
              String.valueOf(broken.get().sequenceNumber()),
              broken.get().reason());
      facesContext.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, texts.text("audit.chain.broken-summary"), chainStatus));
    }
    search();
  }

  private List<AuditEvent> exported() {
    return auditLog.search(filter(), EXPORTED);
  }

  // Dates are whole days in UTC, the "to" day included.
  private AuditFilter filter() {
    return new AuditFilter(
        workflow,
        participant,
        action,
        from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
        to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  private static StreamedContent download(String name, String type, byte[] content) {
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType(type)
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  public List<AuditEvent> getEvents() {
    return events;
  }

  public String getChainStatus() {
    return chainStatus;
  }

  public String format(Instant instant) {
    return Timestamps.format(instant);
  }

  /**
   * An event's details: those recorded as a code and its parameters in the reader's language, the
   * sentences of events recorded before as they were (they are in the hash chain).
   */
  public String details(String recorded) {
    return CodedDetails.text(recorded, texts.locale());
  }

  /** An event's action in words; a code this version has no words for, as it was recorded. */
  public String action(String code) {
    return texts.label("audit.action.", code);
  }

  /** Who acted: a person, an API client, a participant, the portal. */
  public String actorKind(ActorKind kind) {
    return switch (kind) {
      case USER -> texts.text("audit.actor.user");
      case API_CLIENT -> texts.text("audit.actor.api-client");
      case PARTICIPANT -> texts.text("audit.actor.participant");
      case SYSTEM -> texts.text("audit.actor.system");
    };
  }

  public String getWorkflow() {
    return workflow;
  }

  public void setWorkflow(String workflow) {
    this.workflow = workflow;
  }

  public String getParticipant() {
    return participant;
  }

  public void setParticipant(String participant) {
    this.participant = participant;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
