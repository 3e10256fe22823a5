package org.paraph.web.workflows;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.paraph.api.workflows.QualifiedBrowserCookie;
import org.paraph.api.workflows.QualifiedCallbackResource;
import org.paraph.documents.application.DocumentPreviews;
import org.paraph.documents.domain.PageSize;
import org.paraph.shared.application.PortalConfig;
import org.paraph.shared.domain.PortalException;
import org.paraph.web.i18n.Texts;
import org.paraph.workflows.application.OtpRequestSettings;
import org.paraph.workflows.application.ParticipantLinks;
import org.paraph.workflows.application.QualifiedSignatures;
import org.paraph.workflows.application.RequestOrigin;
import org.paraph.workflows.application.SignatureInput;
import org.paraph.workflows.application.SigningView;
import org.paraph.workflows.domain.EditableField;
import org.paraph.workflows.domain.OtpRequestLimit;
import org.paraph.workflows.domain.ParticipantAction;
import org.paraph.workflows.domain.ParticipantState;
import org.paraph.workflows.domain.SignatureMode;
import org.paraph.workflows.domain.WorkflowState;

/**
 * The participant's page behind the link: the documents with the participant's own boxes, the
 * one-time password, the signature (typed or drawn), the corrections the sender allows, sign or
 * decline. Everything goes through {@link ParticipantLinks} with the link's token, as the API does.
 * What the participant types is kept in a {@link SignatureForm}.
 */
@Named
@ViewScoped
public class ParticipantBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String PNG_DATA_URL = "data:image/png;base64,";

  @Inject ParticipantLinks links;
  @Inject QualifiedSignatures qualified;
  @Inject DocumentPreviews previews;
  @Inject OtpRequestSettings otpRequests;
  @Inject FacesContext facesContext;
  @Inject PortalConfig config;
  @Inject Texts texts;

  private String token;
  private SigningView view;
  private String linkError;

  private final Map<Integer, byte[]> contents = new HashMap<>();
  private int documentPosition;
  private List<PageSize> pages = List.of();
  private int page = 1;
  private String pagePreview;

  private boolean otpSent;
  private final SignatureForm form = new SignatureForm();

  @PostConstruct
  void open() {
    token = (String) request().getAttribute(SignLinkFilter.TOKEN_ATTRIBUTE);
    try {
      show(links.view(token, origin()));
      form.fillFrom(view);
      if (!view.documents().isEmpty()) {
        documentPosition =
            view.boxes().isEmpty()
                ? view.documents().get(0).position()
                : view.boxes().get(0).documentPosition();
        loadDocument(view.boxes().isEmpty() ? 1 : view.boxes().get(0).page());
      }
    } catch (PortalException e) {
      view = null;
      linkError = texts.problem(e);
    }
    if (view != null) {
      showQualifiedOutcome();
    }
  }

  /**
   * Sends the browser to the trust service, where the participant authorises their qualified
   * signature; the service sends it back to the portal's callback, which signs and returns here.
   */
  public void signQualified() throws IOException {
    try {
      QualifiedSignatures.Started started = qualified.start(token, origin(), true);
      facesContext
          .getExternalContext()
          .getSessionMap()
          .put(QualifiedCallbackResource.RETURN_LINK, token);
      QualifiedBrowserCookie.set(
          request(),
          (HttpServletResponse) facesContext.getExternalContext().getResponse(),
          started.browserBinding().orElseThrow(),
          config.baseUrl().startsWith("https:") || request().isSecure());
      facesContext.getExternalContext().redirect(started.authorization().toString());
    } catch (PortalException e) {
      error(texts.text("sign.not-signed"), e);
    }
  }

  /** Back from the trust service: what the callback did, as it left it in the session. */
  private void showQualifiedOutcome() {
    String outcome = request().getParameter("qualified");
    if (outcome == null) {
      return;
    }
    Object failure =
        facesContext.getExternalContext().getSessionMap().remove(QualifiedCallbackResource.FAILURE);
    if (outcome.equals("signed") && view.state() == ParticipantState.SIGNED) {
      info(texts.text("sign.signed"), texts.text("sign.qualified.signed.detail"));
    } else if (failure instanceof String message) {
      facesContext.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.text("sign.not-signed"), message));
    }
  }

  public void sendOtp() {
    try {
      show(links.sendOtp(token, origin()));
      otpSent = true;
      info(texts.text("sign.otp.sent"), texts.text("sign.otp.sent.detail", view.otpDestination()));
    } catch (PortalException e) {
      error(texts.text("sign.otp.not-sent"), e);
    }
  }

  public void sign() throws IOException {
    try {
      SignatureInput input = form.input(view.editable());
      show(links.complete(token, form.code(), input, origin()));
      form.forgetCode();
      String redirect = redirectUrl();
      if (redirect != null) {
        facesContext.getExternalContext().redirect(redirect);
        return;
      }
      info(texts.text("sign.signed"), texts.text("sign.signed.detail"));
      showSignedPreview();
    } catch (PortalException e) {
      form.forgetCode();
      error(texts.text("sign.not-signed"), e);
    }
  }

  public void decline() {
    try {
      show(links.decline(token, form.getDeclineReason(), origin()));
      info(texts.text("sign.declined"), texts.text("sign.declined.detail"));
    } catch (PortalException e) {
      error(texts.text("sign.not-declined"), e);
    }
  }

  public void selectDocument(int position) {
    documentPosition = position;
    loadDocument(1);
  }

  private void show(SigningView view) {
    this.view = view;
    linkError = null;
  }

  /**
   * After the last signature the workflow is being completed and its documents are not served
   * through the link until it is: the page then keeps the preview it had, and the signature stays
   * reported as done, which it is.
   */
  private void showSignedPreview() {
    Map<Integer, byte[]> before = new HashMap<>(contents);
    contents.clear();
    try {
      loadDocument(page);
    } catch (PortalException e) {
      contents.putAll(before);
    }
  }

  private void loadDocument(int wantedPage) {
    byte[] content =
        contents.computeIfAbsent(
            documentPosition, position -> links.document(token, documentId(position)).content());
    pages = previews.inspect(content).pages();
    page = Math.max(1, Math.min(wantedPage, pages.size()));
    pagePreview =
        PNG_DATA_URL + Base64.getEncoder().encodeToString(previews.pagePng(content, page));
  }

  private String documentId(int position) {
    return view.documents().stream()
        .filter(d -> d.position() == position)
        .findFirst()
        .orElseThrow()
        .id()
        .toString();
  }

  /**
   * The sender's address, already checked by {@code Branding} (https, no credentials, nothing that
   * could end the {@code Location} header), also for workflows saved before that check.
   */
  private String redirectUrl() {
    return view.branding() == null ? null : view.branding().redirectUrl();
  }

  private boolean editable(EditableField field) {
    return view.editable().contains(field);
  }

  private HttpServletRequest request() {
    return (HttpServletRequest) facesContext.getExternalContext().getRequest();
  }

  private RequestOrigin origin() {
    HttpServletRequest request = request();
    return new RequestOrigin(request.getRemoteAddr(), request.getHeader("User-Agent"));
  }

  private void info(String summary, String detail) {
    facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
  }

  private void error(String summary, PortalException e) {
    facesContext.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, texts.problem(e)));
  }

  // --- for the page

  public String format(java.time.Instant instant) {
    return org.paraph.web.shell.Timestamps.format(instant);
  }

  public boolean isValid() {
    return view != null;
  }

  public String getLinkError() {
    return linkError;
  }

  public SigningView getView() {
    return view;
  }

  public String getToken() {
    return token;
  }

  /** May act now: invited, workflow open. */
  public boolean isActing() {
    return view != null
        && view.workflowState() == WorkflowState.IN_PROGRESS
        && view.state() == ParticipantState.INVITED
        && view.action() == ParticipantAction.SIGN;
  }

  /** May sign now with a qualified certificate at the trust service. */
  public boolean isQualifiedActing() {
    return view != null
        && view.workflowState() == WorkflowState.IN_PROGRESS
        && view.state() == ParticipantState.INVITED
        && view.action() == ParticipantAction.QUALIFIED_SIGN;
  }

  public boolean isWaiting() {
    return view != null
        && view.workflowState() == WorkflowState.IN_PROGRESS
        && view.state() == ParticipantState.WAITING;
  }

  public boolean isCompleted() {
    return view != null && view.workflowState() == WorkflowState.COMPLETED;
  }

  public boolean isOtpSent() {
    return otpSent;
  }

  /** Said before the first code is asked for, so that the refusal of a fourth is no surprise. */
  public String getOtpRequestLimit() {
    OtpRequestLimit limit = otpRequests.limit();
    long minutes = limit.window().toMinutes();
    return texts.text(
        "sign.otp-limit",
        limit.requests() == 1
            ? texts.text("sign.otp-limit.code")
            : texts.text("sign.otp-limit.codes", limit.requests()),
        minutes == 1
            ? texts.text("sign.otp-limit.minute")
            : texts.text("sign.otp-limit.minutes", minutes));
  }

  public boolean isTypedAllowed() {
    return view.signatureModes().isEmpty() || view.signatureModes().contains(SignatureMode.TYPED);
  }

  public boolean isDrawnAllowed() {
    return view.signatureModes().isEmpty() || view.signatureModes().contains(SignatureMode.DRAWN);
  }

  public boolean isNameEditable() {
    return editable(EditableField.NAME);
  }

  public boolean isEmailEditable() {
    return editable(EditableField.EMAIL);
  }

  public boolean isMobileEditable() {
    return editable(EditableField.MOBILE);
  }

  /** The workflow's colour, only if it is a plain {@code #rrggbb}: it goes into a style. */
  public String getPrimaryColour() {
    return SigningPageStyles.primaryColour(view == null ? null : view.branding());
  }

  public String getLogo() {
    return SigningPageStyles.logo(view == null ? null : view.branding());
  }

  public int getDocumentPosition() {
    return documentPosition;
  }

  public List<Integer> getPageNumbers() {
    return IntStream.rangeClosed(1, pages.size()).boxed().toList();
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    if (page != this.page && page >= 1 && page <= pages.size()) {
      loadDocument(page);
    }
  }

  public String getPagePreview() {
    return pagePreview;
  }

  /** The participant's boxes on the page shown, as CSS percentages of the page. */
  public List<String> getBoxStyles() {
    if (view == null || pages.isEmpty()) {
      return List.of();
    }
    PageSize size = pages.get(page - 1);
    return view.boxes().stream()
        .filter(b -> b.documentPosition() == documentPosition && b.page() == page)
        .map(b -> SigningPageStyles.boxStyle(b, size))
        .toList();
  }

  /** Where the participant's boxes are, e.g. "contract.pdf, page 2". */
  public List<String> getBoxPlaces() {
    return view.boxes().stream()
        .map(
            b ->
                texts.text(
                    "sign.box-place",
                    view.documents().stream()
                        .filter(d -> d.position() == b.documentPosition())
                        .findFirst()
                        .map(SigningView.Document::name)
                        .orElse("?"),
                    b.page()))
        .distinct()
        .toList();
  }

  /** What the participant enters: the code, the signature, corrections, a reason to decline. */
  public SignatureForm getForm() {
    return form;
  }
}
