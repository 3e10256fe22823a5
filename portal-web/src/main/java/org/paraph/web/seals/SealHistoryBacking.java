package org.paraph.web.seals;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.paraph.seals.application.SealHistory;
import org.paraph.seals.application.SealHistoryEntry;
import org.paraph.web.shell.Timestamps;

/** The seal history: who sealed what, when, at which level, test or production. */
@Named
@ViewScoped
public class SealHistoryBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 500;

  @Inject SealHistory history;
  @Inject SecurityContext securityContext;

  private List<SealHistoryEntry> entries;

  @PostConstruct
  void load() {
    // An administrator sees every seal; a user, the seals they caused.
    entries =
        securityContext.isCallerInRole("ADMIN")
            ? history.all(SHOWN)
            : history.of(securityContext.getCallerPrincipal().getName(), SHOWN);
  }

  public List<SealHistoryEntry> getEntries() {
    return entries;
  }

  public String format(Instant instant) {
    return Timestamps.format(instant);
  }
}
