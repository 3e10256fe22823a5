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
import java.util.Locale;
import java.util.stream.IntStream;
import org.paraph.documents.application.DocumentPreviews;
import org.paraph.documents.domain.PageSize;
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
import org.paraph.workflows.domain.SignatureBox;
import org.paraph.workflows.domain.SignatureMode;
import org.paraph.workflows.domain.WorkflowSettings;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The "New workflow" wizard: the PDFs, the participants, their boxes placed on the page previews
 * (kept in PDF points from the top-left, as the API takes them, by the page's script), the options,
 * then {@link WorkflowService#create}. Everything is checked again by the service.
 */
@Named
@ViewScoped
public class WorkflowWizardBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One colour per participant, in the order they are added (then again from the start). */
  static final List<String> COLOURS =
      List.of("#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#ca8a04");

  @Inject WorkflowService workflows;
  @Inject QualifiedTrustService qualifiedTrustService;
  @Inject DocumentPreviews previews;
  @Inject PortalConfig config;
  @Inject Clock clock;
  @Inject FacesContext facesContext;
  @Inject Texts texts;

  /** An uploaded PDF and its page sizes. */
  public record Upload(String name, byte[] content, List<PageSize> pages) implements Serializable {}

  /** A participant as typed in; {@code colour} marks their boxes. */
  public static class Person implements Serializable {
    private static final long serialVersionUID = 1L;
    String firstName;
    String surname;
    String email;
    String mobile;
    String message;
    int order = 1;
    ParticipantAction action = ParticipantAction.SIGN;
    AuthenticationChannel authentication = AuthenticationChannel.EMAIL;
    String portalUser;
    String colour;

    public String getFirstName() {
      return firstName;
    }

    public void setFirstName(String firstName) {
      this.firstName = firstName;
    }

    public String getSurname() {
      return surname;
    }

    public void setSurname(String surname) {
      this.surname = surname;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getMobile() {
      return mobile;
    }

    public void setMobile(String mobile) {
      this.mobile = mobile;
    }

    public String getMessage() {
      return message;
    }

    public void setMessage(String message) {
      this.message = message;
    }

    public int getOrder() {
      return order;
    }

    public void setOrder(int order) {
      this.order = order;
    }

    public ParticipantAction getAction() {
      return action;
    }

    public void setAction(ParticipantAction action) {
      this.action = action;
    }

    public AuthenticationChannel getAuthentication() {
      return authentication;
    }

    public void setAuthentication(AuthenticationChannel authentication) {
      this.authentication = authentication;
    }

    public String getPortalUser() {
      return portalUser;
    }

    public void setPortalUser(String portalUser) {
      this.portalUser = portalUser;
    }

    public String getColour() {
      return colour;
    }

    public String getFullName() {
      return (firstName == null ? "" : firstName) + " " + (surname == null ? "" : surname);
    }
  }

  /** A box of a participant on a page of a document, in PDF points from the top-left. */
  public static class Box implements Serializable {
    private static final long serialVersionUID = 1L;
    final Person person;
    final int document;
    final int page;
    float x;
    float y;
    float width;
    float height;

    Box(Person person, int document, int page, float x, float y, float width, float height) {
      this.person = person;
      this.document = document;
      this.page = page;
      this.x = x;
      this.y = y;
      this.width = width;
      this.height = height;
    }

    public Person getPerson() {
      return person;
    }

    /** The box as the workflow will hold it. */
    SignatureBox signatureBox() {
      return new SignatureBox(document, page, x, y, width, height, null);
    }

    public String getX() {
      return points(x);
    }

    public String getY() {
      return points(y);
    }

    public String getWidth() {
      return points(width);
    }

    public String getHeight() {
      return points(height);
    }

    private static String points(float value) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
  }

  private String name;
  private LocalDate expiryDate;
  private int reminderDays;
  private final List<Upload> uploads = new ArrayList<>();
  private final List<Person> people = new ArrayList<>();
  private Person draft = new Person();
  private final List<Box> boxes = new ArrayList<>();
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
      uploads.add(new Upload(file.getFileName(), content, previews.inspect(content).pages()));
      if (uploads.size() == 1) {
        show(0, 1);
      }
    } catch (PortalException e) {
      error(texts.text("workflow-new.not-added-file", file.getFileName()), e.getMessage());
    }
  }

  public void removeUpload(int index) {
    if (index < 0 || index >= uploads.size()) {
      return;
    }
    uploads.remove(index);
    boxes.removeIf(b -> b.document == index);
    boxes.replaceAll(
        b ->
            b.document > index
                ? new Box(b.person, b.document - 1, b.page, b.x, b.y, b.width, b.height)
                : b);
    if (uploads.isEmpty()) {
      pagePreview = null;
    } else {
      show(0, 1);
    }
  }

  public void addPerson() {
    draft.colour = COLOURS.get(people.size() % COLOURS.size());
    people.add(draft);
    placing = people.size() - 1;
    Person next = new Person();
    next.order = draft.order + 1;
    draft = next;
  }

  public void removePerson(Person person) {
    people.remove(person);
    boxes.removeIf(b -> b.person == person);
    placing = people.isEmpty() ? -1 : 0;
  }

  /** A new box for the chosen participant on the page shown, near the top-left corner. */
  public void addBox() {
    if (placing < 0 || placing >= people.size() || uploads.isEmpty()) {
      error(texts.text("workflow-new.no-box"), texts.text("workflow-new.no-box.detail"));
      return;
    }
    int onPage = (int) boxes.stream().filter(b -> b.document == document && b.page == page).count();
    boxes.add(new Box(people.get(placing), document, page, 36, 36 + 80 * (onPage % 8), 180, 60));
  }

  public void removeBox(Box box) {
    boxes.remove(box);
  }

  public String start() {
    String overlap = overlappingBoxes();
    if (overlap != null) {
      error(texts.text("workflow-new.not-started"), overlap);
      return null;
    }
    try {
      List<NewWorkflow.NewDocument> documents =
          uploads.stream()
              .map(u -> new NewWorkflow.NewDocument(u.name(), u.content(), null))
              .toList();
      List<ParticipantDetails> participants = people.stream().map(this::detailsOf).toList();
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
      error(texts.text("workflow-new.not-started"), e.getMessage());
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
        field, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()));
    facesContext.validationFailed();
    error(texts.text("workflow-new.not-started"), e.getMessage());
  }

  /**
   * Signatures whose boxes overlap cannot all be made (the later one would cover the earlier one),
   * so the sender moves them apart before starting.
   */
  private String overlappingBoxes() {
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        Box a = boxes.get(i);
        Box b = boxes.get(j);
        if (a.signatureBox().overlaps(b.signatureBox())) {
          return texts.text(
              "workflow-new.boxes-overlap",
              a.person.getFullName(),
              b.person.getFullName(),
              a.page,
              uploads.get(a.document).name());
        }
      }
    }
    return null;
  }

  private ParticipantDetails detailsOf(Person person) {
    List<SignatureBox> own =
        boxes.stream().filter(b -> b.person == person).map(Box::signatureBox).toList();
    boolean seal = person.action == ParticipantAction.SEAL;
    return new ParticipantDetails(
        blankToNull(person.firstName),
        blankToNull(person.surname),
        blankToNull(person.email),
        blankToNull(person.mobile),
        blankToNull(person.message),
        person.order,
        person.action,
        person.authentication,
        seal ? blankToNull(person.portalUser) : null,
        own);
  }

  private void show(int documentIndex, int pageNumber) {
    document = documentIndex;
    Upload upload = uploads.get(documentIndex);
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

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  // --- the boxes of the page shown, as the page's script keeps them

  public List<Box> getPageBoxes() {
    return boxes.stream().filter(b -> b.document == document && b.page == page).toList();
  }

  /**
   * The positions the script wrote, one "x,y,width,height" per box of the page shown, in the order
   * of {@link #getPageBoxes}, separated by ";".
   */
  public String getBoxPositions() {
    StringBuilder text = new StringBuilder();
    for (Box box : getPageBoxes()) {
      if (!text.isEmpty()) {
        text.append(';');
      }
      text.append(box.getX())
          .append(',')
          .append(box.getY())
          .append(',')
          .append(box.getWidth())
          .append(',')
          .append(box.getHeight());
    }
    return text.toString();
  }

  public void setBoxPositions(String positions) {
    if (positions == null || positions.isBlank()) {
      return;
    }
    List<Box> shown = getPageBoxes();
    String[] each = positions.split(";");
    for (int i = 0; i < Math.min(each.length, shown.size()); i++) {
      String[] values = each[i].split(",");
      if (values.length != 4) {
        continue;
      }
      try {
        Box box = shown.get(i);
        box.x = Float.parseFloat(values[0]);
        box.y = Float.parseFloat(values[1]);
        box.width = Float.parseFloat(values[2]);
        box.height = Float.parseFloat(values[3]);
      } catch (NumberFormatException e) {
        // a value the script did not write: the box stays where it was
      }
    }
  }

  public List<String> getBoxSummary() {
    return people.stream()
        .map(
            p ->
                texts.text(
                    "workflow-new.box-count",
                    p.getFullName(),
                    boxes.stream().filter(b -> b.person == p).count()))
        .toList();
  }

  // --- the page

  public List<Upload> getUploads() {
    return uploads;
  }

  public boolean isHasDocuments() {
    return !uploads.isEmpty();
  }

  public List<Person> getPeople() {
    return people;
  }

  public Person getDraft() {
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
    if (document != this.document && document >= 0 && document < uploads.size()) {
      show(document, 1);
    }
  }

  public List<Integer> getDocumentIndexes() {
    return IntStream.range(0, uploads.size()).boxed().toList();
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    if (page != this.page && !uploads.isEmpty()) {
      show(document, page);
    }
  }

  public List<Integer> getPageNumbers() {
    return uploads.isEmpty()
        ? List.of()
        : IntStream.rangeClosed(1, uploads.get(document).pages().size()).boxed().toList();
  }

  public float getPageWidth() {
    return uploads.get(document).pages().get(page - 1).width();
  }

  public float getPageHeight() {
    return uploads.get(document).pages().get(page - 1).height();
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
    return IntStream.range(0, people.size()).boxed().toList();
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
