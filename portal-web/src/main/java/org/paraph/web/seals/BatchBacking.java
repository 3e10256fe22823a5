package org.paraph.web.seals;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.paraph.seals.application.SealBatchDocument;
import org.paraph.seals.application.SealBatchProgress;
import org.paraph.seals.application.SealBatchService;
import org.paraph.seals.application.SealJobSettings;
import org.paraph.seals.application.SealJobView;
import org.paraph.seals.domain.PlacementRequest;
import org.paraph.seals.domain.SealFormat;
import org.paraph.seals.domain.SealJobOptions;
import org.paraph.seals.domain.SealJobState;
import org.paraph.seals.domain.SealLevel;
import org.paraph.shared.application.PortalConfig;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.PortalException;
import org.paraph.web.i18n.Texts;
import org.paraph.web.shell.RequestActor;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The "Seal a batch" page: many PDFs dropped or chosen, the seal, level and reason chosen once, the
 * batch started; then its progress polled until every document is sealed or failed, each with its
 * download link or its reason.
 */
@Named
@ViewScoped
public class BatchBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SealBatchService batches;
  @Inject PortalConfig config;
  @Inject SealJobSettings settings;
  @Inject SecurityContext securityContext;
  @Inject FacesContext facesContext;
  @Inject Texts texts;

  /** A chosen document, kept until the batch starts. */
  public record Chosen(String name, byte[] content) implements Serializable {
    public long kilobytes() {
      return (content.length + 1023) / 1024;
    }
  }

  private final List<Chosen> files = new ArrayList<>();
  private List<String> sealNames = List.of();
  private String seal;
  private String level = SealLevel.B_T.label();
  private String reason;

  private String batchId;
  private SealBatchProgress progress;

  @PostConstruct
  void load() {
    sealNames = batches.sealNames(RequestActor.of(facesContext).name());
    seal = sealNames.isEmpty() ? null : sealNames.get(0);
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    if (file.getSize() > config.maxUploadBytes()) {
      error(texts.text("batch.too-large", file.getFileName(), config.maxUploadMegabytes()));
      return;
    }
    if (files.size() >= settings.batchMaxFiles()) {
      error(texts.text("batch.too-many", settings.batchMaxFiles()));
      return;
    }
    files.add(new Chosen(file.getFileName(), file.getContent()));
  }

  public void remove(Chosen chosen) {
    files.remove(chosen);
  }

  public void start() {
    if (files.isEmpty()) {
      error(texts.text("batch.nothing-chosen"));
      return;
    }
    try {
      var batch =
          batches.submit(
              currentActor(),
              files.stream().map(f -> new SealBatchDocument(f.name(), f.content())).toList(),
              seal,
              new SealJobOptions(
                  SealFormat.PADES,
                  SealLevel.fromLabel(level),
                  PlacementRequest.invisible(),
                  blankToNull(reason),
                  null));
      batchId = batch.id().toString();
      files.clear();
      refresh();
    } catch (PortalException e) {
      error(texts.problem(e));
    }
  }

  /** Called by the page's poll until the batch is complete. */
  public void refresh() {
    if (batchId != null) {
      progress =
          batches.progress(
              batchId,
              securityContext.getCallerPrincipal().getName(),
              securityContext.isCallerInRole("ADMIN"));
    }
  }

  private Actor currentActor() {
    HttpServletRequest request =
        (HttpServletRequest) facesContext.getExternalContext().getRequest();
    return Actor.user(
        request.getUserPrincipal().getName(),
        request.getRemoteAddr(),
        request.getHeader("User-Agent"));
  }

  private void error(String message) {
    facesContext.addMessage(
        null,
        new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.text("batch.not-started"), message));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  public List<Chosen> getFiles() {
    return files;
  }

  public List<String> getSealNames() {
    return sealNames;
  }

  /** Where a document of the batch stands, in the reader's words. */
  public String state(SealJobState state) {
    return texts.label("batch.state.", state.name());
  }

  public String getSeal() {
    return seal;
  }

  public void setSeal(String seal) {
    this.seal = seal;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isStarted() {
    return progress != null;
  }

  public String getBatchId() {
    return batchId;
  }

  public List<SealJobView> getDocuments() {
    return progress == null ? List.of() : progress.documents();
  }

  public int getPercent() {
    return progress == null ? 0 : progress.percent();
  }

  public boolean isComplete() {
    return progress != null && progress.complete();
  }

  public long getDone() {
    return progress == null ? 0 : progress.done();
  }

  public long getFailed() {
    return progress == null ? 0 : progress.failed();
  }

  public int getTotal() {
    return progress == null ? 0 : progress.total();
  }
}
