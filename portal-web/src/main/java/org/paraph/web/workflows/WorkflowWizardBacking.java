package org.paraph.web.workflows;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.paraph.documents.application.DocumentPreviews;
import org.paraph.shared.application.PortalConfig;
import org.paraph.shared.domain.PortalException;
import org.paraph.web.i18n.Texts;
import org.paraph.workflows.application.NewWorkflow;
import org.paraph.workflows.application.QualifiedTrustService;
import org.paraph.workflows.application.WorkflowService;
import org.paraph.workflows.domain.AuthenticationChannel;
import org.paraph.workflows.domain.Branding;
import org.paraph.workflows.domain.EditableField;
import org.paraph.workflows.domain.InvalidBrandingException;
import org.paraph.workflows.domain.ParticipantAction;
import org.paraph.workflows.domain.ParticipantDetails;
import org.paraph.workflows.domain.SignatureMode;
import org.paraph.workflows.domain.WorkflowSettings;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The "New workflow" wizard: the PDFs, the participants, their boxes placed on the page previews
 * (kept in PDF points from the top-left, as the API takes them, by the page's script), the options,
 * then {@link WorkflowService#create}. Everything is checked again by the service. What is being
 * composed is a {@link WorkflowDraft}; the box positions travel through {@link BoxPositionCodec};
 * this bean keeps the page shown, the options and the messages.
 */
@Named
@ViewScoped
public class WorkflowWizardBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject WorkflowService workflows;
  @Inject QualifiedTrustService qualifiedTrustService;
  @Inject DocumentPreviews previews;
  @Inject PortalConfig config;
  @Inject Clock clock;
  @Inject FacesContext facesContext;
  @Inject Texts texts;

  private String name;
  private LocalDate expiryDate;
  private int reminderDays;
  private final WorkflowDraft workflow = new WorkflowDraft();
  private DraftParticipant draft = new DraftParticipant();
  private int document;
  private int page = 1;
  private int placing = -1;
  private String pagePreview;
  private List<String> signatureModes = new ArrayList<>(List.of(SignatureMode.TYPED.name()));
  private List<String> editable = new ArrayList<>();
  private String primaryColour;
  private String redirectUrl;

  @PostConstruct
  void init() {
    expiryDate = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(14);
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    if (file.getSize() > config.maxUploadBytes()) {
      error(
          texts.text("workflow-new.not-added"),
          texts.text("workflow-new.too-large", file.getFileName(), config.maxUploadMegabytes()));
      return;
    }
    try {
      byte[] content = file.getContent();
      workflow.addDocument(
          new DraftDocument(file.getFileName(), content, previews.inspect(content).pages()));
      if (workflow.documents().size() == 1) {
        show(0, 1);
      }
    } catch (PortalException e) {
      error(texts.text("workflow-new.not-added-file", file.getFileName()), texts.problem(e));
    }
  }

  public void removeUpload(int index) {
    if (index < 0 || index >= workflow.documents().size()) {
      return;
    }
    workflow.removeDocument(index);
    if (workflow.documents().isEmpty()) {
      pagePreview = null;
    } else {
      show(0, 1);
    }
  }

  public void addPerson() {
    workflow.addParticipant(draft);
    placing = workflow.participants().size() - 1;
    DraftParticipant next = new DraftParticipant();
    next.order = draft.order + 1;
    draft = next;
  }

  public void removePerson(DraftParticipant person) {
    workflow.removeParticipant(person);
    placing = workflow.participants().isEmpty() ? -1 : 0;
  }

  /** A new box for the chosen participant on the page shown, near the top-left corner. */
  public void addBox() {
    if (placing < 0
        || placing >= workflow.participants().size()
        || workflow.documents().isEmpty()) {
      error(texts.text("workflow-new.no-box"), texts.text("workflow-new.no-box.detail"));
      return;
    }
    workflow.addBox(workflow.participants().get(placing), document, page);
  }

  public void removeBox(DraftBox box) {
    workflow.removeBox(box);
  }

  public String start() {
    String overlap = overlappingBoxes();
    if (overlap != null) {
      error(texts.text("workflow-new.not-started"), overlap);
      return null;
    }
    try {
      List<NewWorkflow.NewDocument> documents = workflow.newDocuments();
      List<ParticipantDetails> participants = workflow.participantDetails();
      WorkflowSettings settings =
          new WorkflowSettings(
              name == null ? "" : name.strip(),
              expiryDate == null
                  ? clock.instant()
                  : expiryDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
              reminderDays > 0 ? Duration.ofDays(reminderDays) : null,
              null,
              enumSet(SignatureMode.class, signatureModes),
              enumSet(EditableField.class, editable),
              branding());
      workflows.create(
          WebActor.of(facesContext), new NewWorkflow(settings, documents, participants));
      facesContext.getExternalContext().getFlash().setKeepMessages(true);
      facesContext.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              texts.text("workflow-new.started"),
              texts.text("workflow-new.started.detail", name)));
      return "/app/workflows?faces-redirect=true";
    } catch (InvalidBrandingException e) {
      brandingError(e);
      return null;
    } catch (PortalException e) {
      error(texts.text("workflow-new.not-started"), texts.problem(e));
      return null;
    }
  }

  /** The sender's branding; checked by {@link Branding} itself, as the API's. */
  private Branding branding() {
    return new Branding(primaryColour, redirectUrl, null);
  }

  /** Next to the field it is about, and above the button as the reason nothing started. */
  private void brandingError(InvalidBrandingException e) {
    String field =
        e.field() == InvalidBrandingException.Field.PRIMARY_COLOUR
            ? "wizard:colour"
            : "wizard:redirect";
    facesContext.addMessage(
        field, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.problem(e), texts.problem(e)));
    facesContext.validationFailed();
    error(texts.text("workflow-new.not-started"), texts.problem(e));
  }

  /**
   * Signatures whose boxes overlap cannot all be made (the later one would cover the earlier one),
   * so the sender moves them apart before starting.
   */
  private String overlappingBoxes() {
    return workflow
        .firstOverlap()
        .map(
            overlap ->
                texts.text(
                    "workflow-new.boxes-overlap",
                    overlap.first().person.getFullName(),
                    overlap.second().person.getFullName(),
                    overlap.first().page,
                    workflow.documents().get(overlap.first().document).name()))
        .orElse(null);
  }

  private void show(int documentIndex, int pageNumber) {
    document = documentIndex;
    DraftDocument upload = workflow.documents().get(documentIndex);
    page = Math.max(1, Math.min(pageNumber, upload.pages().size()));
    pagePreview =
        "data:image/png;base64,"
            + java.util.Base64.getEncoder()
                .encodeToString(previews.pagePng(upload.content(), page));
  }

  private static <E extends Enum<E>> EnumSet<E> enumSet(Class<E> type, List<String> names) {
    EnumSet<E> set = EnumSet.noneOf(type);
    names.forEach(n -> set.add(Enum.valueOf(type, n)));
    return set;
  }

  private void error(String summary, String detail) {
    facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
  }

  // --- the boxes of the page shown, as the page's script keeps them

  public List<DraftBox> getPageBoxes() {
    return workflow.boxesOn(document, page);
  }

  /** The positions of the boxes of the page shown, as {@link BoxPositionCodec} writes them. */
  public String getBoxPositions() {
    return BoxPositionCodec.encode(getPageBoxes());
  }

  /** The positions the script wrote for the boxes of the page shown. */
  public void setBoxPositions(String positions) {
    BoxPositionCodec.apply(positions, getPageBoxes());
  }

  public List<String> getBoxSummary() {
    return workflow.participants().stream()
        .map(p -> texts.text("workflow-new.box-count", p.getFullName(), workflow.boxCount(p)))
        .toList();
  }

  // --- the page

  public List<DraftDocument> getUploads() {
    return workflow.documents();
  }

  public boolean isHasDocuments() {
    return !workflow.documents().isEmpty();
  }

  public List<DraftParticipant> getPeople() {
    return workflow.participants();
  }

  /** The participant being typed in, added to the workflow by {@link #addPerson}. */
  public DraftParticipant getDraft() {
    return draft;
  }

  /** Qualified signatures are offered only when the portal has a trust service to send them to. */
  public ParticipantAction[] getActions() {
    return qualifiedTrustService.configured()
        ? new ParticipantAction[] {
          ParticipantAction.SIGN, ParticipantAction.QUALIFIED_SIGN, ParticipantAction.SEAL
        }
        : new ParticipantAction[] {ParticipantAction.SIGN, ParticipantAction.SEAL};
  }

  public AuthenticationChannel[] getChannels() {
    return AuthenticationChannel.values();
  }

  public int getDocument() {
    return document;
  }

  public void setDocument(int document) {
    if (document != this.document && document >= 0 && document < workflow.documents().size()) {
      show(document, 1);
    }
  }

  public List<Integer> getDocumentIndexes() {
    return IntStream.range(0, workflow.documents().size()).boxed().toList();
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    if (page != this.page && !workflow.documents().isEmpty()) {
      show(document, page);
    }
  }

  public List<Integer> getPageNumbers() {
    return workflow.documents().isEmpty()
        ? List.of()
        : IntStream.rangeClosed(1, workflow.documents().get(document).pages().size())
            .boxed()
            .toList();
  }

  public float getPageWidth() {
    return workflow.documents().get(document).pages().get(page - 1).width();
  }

  public float getPageHeight() {
    return workflow.documents().get(document).pages().get(page - 1).height();
  }

  public String getPagePreview() {
    return pagePreview;
  }

  public int getPlacing() {
    return placing;
  }

  public void setPlacing(int placing) {
    this.placing = placing;
  }

  public List<Integer> getPersonIndexes() {
    return IntStream.range(0, workflow.participants().size()).boxed().toList();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getExpiryDate() {
    return expiryDate;
  }

  public void setExpiryDate(LocalDate expiryDate) {
    this.expiryDate = expiryDate;
  }

  public LocalDate getToday() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }

  public int getReminderDays() {
    return reminderDays;
  }

  public void setReminderDays(int reminderDays) {
    this.reminderDays = reminderDays;
  }

  public List<String> getSignatureModes() {
    return signatureModes;
  }

  public void setSignatureModes(List<String> signatureModes) {
    this.signatureModes = new ArrayList<>(signatureModes);
  }

  public List<String> getEditable() {
    return editable;
  }

  public void setEditable(List<String> editable) {
    this.editable = new ArrayList<>(editable);
  }

  public String getPrimaryColour() {
    return primaryColour;
  }

  public void setPrimaryColour(String primaryColour) {
    this.primaryColour = primaryColour;
  }

  public String getRedirectUrl() {
    return redirectUrl;
  }

  public void setRedirectUrl(String redirectUrl) {
    this.redirectUrl = redirectUrl;
  }
}
