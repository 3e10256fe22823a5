package org.paraph.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.domain.AuditEvent;
import org.paraph.audit.domain.ChainBreak;
import org.paraph.web.shell.Timestamps;

/** The audit log for administrators: the latest events and a check of the whole hash chain. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 1000;

  @Inject AuditLog auditLog;
  @Inject FacesContext facesContext;

  private List<AuditEvent> events;
  private String chainStatus = "";

  @PostConstruct
  void load() {
    events = auditLog.latest(SHOWN);
  }

  public void verifyChain() {
    Optional<ChainBreak> broken = auditLog.verifyChain();
    if (broken.isEmpty()) {
      chainStatus = "The chain is intact";
      facesContext.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_INFO, chainStatus, null));
    } else {
      chainStatus =
          "The chain is broken at event "
              + broken.get().sequenceNumber()
              + ": "
              + broken.get().reason();
      facesContext.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Audit chain broken", chainStatus));
    }
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
}
