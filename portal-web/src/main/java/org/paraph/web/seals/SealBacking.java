package org.paraph.web.seals;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import org.paraph.documents.application.DocumentPreviews;
import org.paraph.documents.domain.PageSize;
import org.paraph.documents.domain.PdfSummary;
import org.paraph.seals.application.SealCommand;
import org.paraph.seals.application.SealOutcome;
import org.paraph.seals.application.SealingService;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.PlacementRequest;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealUse;
import org.paraph.shared.application.PortalConfig;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.PortalException;
import org.paraph.web.i18n.Texts;
import org.paraph.web.shell.RequestActor;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The "Seal a document" page: a PDF is dropped, its pages are shown, the annotation box is placed
 * on a page (in PDF points, kept by the page's script), and the seal is applied.
 */
@Named
@ViewScoped
public class SealBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DocumentPreviews previews;
  @Inject SealingService sealing;
  @Inject PortalConfig config;
  @Inject FacesContext facesContext;
  @Inject Texts texts;

  private byte[] document;
  private String fileName;
  private List<PageSize> pages = List.of();
  private int page = 1;
  private String pagePreview;

  private boolean visible = true;

  /** Empty: the seal's own default level. */
  private String level = "";

  private String reason;
  private String location;
  private float x = 36;
  private float y = 36;
  private float width = 200;
  private float height = 70;

  private String sealRecordId;
  private boolean sealedTest;

  /** The seals this user may use: the organisation's, and their own personal certificates. */
  private List<String> sealNames = List.of();

  private String seal;

  @PostConstruct
  void load() {
    sealNames = sealing.sealNamesFor(currentActor().name());
    seal = sealNames.isEmpty() ? null : sealNames.get(0);
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    if (file.getSize() > config.maxUploadBytes()) {
      error(texts.text("seal.too-large", config.maxUploadMegabytes()));
      return;
    }
    try {
      byte[] content = file.getContent();
      PdfSummary summary = previews.inspect(content);
      document = content;
      fileName = file.getFileName();
      pages = summary.pages();
      page = 1;
      sealRecordId = null;
      renderPreview();
    } catch (PortalException e) {
      error(texts.problem(e));
    }
  }

  public void seal() {
    PlacementRequest placement =
        visible
            ? PlacementRequest.at(new Placement(page, x, y, width, height))
            : PlacementRequest.invisible();
    try {
      SealOutcome outcome =
          sealing.seal(
              currentActor(),
              SealCommand.pades(
                      fileName,
                      document,
                      seal,
                      level == null || level.isBlank() ? null : SealLevel.fromLabel(level),
                      placement,
                      blankToNull(reason),
                      blankToNull(location))
                  // The page offers the sealed file once it is made: it must be kept.
                  .keeping(true),
              SealUse.BROWSER);
      sealRecordId = outcome.record().id().toString();
      sealedTest = outcome.record().test();
      facesContext.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              texts.text("seal.sealed.summary"),
              sealedTest
                  ? texts.text("seal.sealed.detail-test", fileName)
                  : texts.text("seal.sealed.detail", fileName)));
    } catch (PortalException e) {
      error(texts.problem(e));
    }
  }

  private void renderPreview() {
    pagePreview =
        "data:image/png;base64,"
            + Base64.getEncoder().encodeToString(previews.pagePng(document, page));
  }

  private Actor currentActor() {
    return RequestActor.of(facesContext);
  }

  private void error(String message) {
    facesContext.addMessage(
        null,
        new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.text("seal.not-sealed"), message));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  public boolean isDocumentLoaded() {
    return document != null;
  }

  public String getFileName() {
    return fileName;
  }

  public int getPageCount() {
    return pages.size();
  }

  public List<Integer> getPageNumbers() {
    return IntStream.rangeClosed(1, pages.size()).boxed().toList();
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    if (page != this.page && page >= 1 && page <= pages.size()) {
      this.page = page;
      renderPreview();
    }
  }

  public float getPageWidth() {
    return pages.get(page - 1).width();
  }

  public float getPageHeight() {
    return pages.get(page - 1).height();
  }

  public String getPagePreview() {
    return pagePreview;
  }

  public List<String> getSealNames() {
    return sealNames;
  }

  public String getSeal() {
    return seal;
  }

  public void setSeal(String seal) {
    this.seal = seal;
  }

  public String getOrganisationName() {
    return config.organisationName();
  }

  public boolean isVisible() {
    return visible;
  }

  public void setVisible(boolean visible) {
    this.visible = visible;
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

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public float getX() {
    return x;
  }

  public void setX(float x) {
    this.x = x;
  }

  public float getY() {
    return y;
  }

  public void setY(float y) {
    this.y = y;
  }

  public float getWidth() {
    return width;
  }

  public void setWidth(float width) {
    this.width = width;
  }

  public float getHeight() {
    return height;
  }

  public void setHeight(float height) {
    this.height = height;
  }

  public boolean isSealed() {
    return sealRecordId != null;
  }

  public String getSealRecordId() {
    return sealRecordId;
  }

  public boolean isSealedTest() {
    return sealedTest;
  }
}
