package org.paraph.web.seals;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.paraph.identity.application.UserAdministration;
import org.paraph.identity.application.UserView;
import org.paraph.seals.application.CscRegistration;
import org.paraph.seals.application.Pkcs11Registration;
import org.paraph.seals.application.Pkcs12Registration;
import org.paraph.seals.application.RetiredSeal;
import org.paraph.seals.application.SealOverview;
import org.paraph.seals.application.SealOverviews;
import org.paraph.seals.application.SealRegistration;
import org.paraph.seals.application.SealRetirement;
import org.paraph.seals.domain.RetirementReason;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.PortalException;
import org.paraph.web.i18n.Texts;
import org.paraph.web.shell.Timestamps;
import org.primefaces.model.file.UploadedFile;

/**
 * The seals page for administrators: the seals with their certificates, and registering one from a
 * PKCS#12 file, from PKCS#11 tokens, or as a remote CSC credential, and retiring one. The three
 * forms share the name, organisation, default and test fields.
 */
@Named
@ViewScoped
public class SealsAdminBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final long MAX_PKCS12_BYTES = 1024 * 1024;

  @Inject SealOverviews overviews;
  @Inject SealRegistration sealRegistration;
  @Inject SealRetirement retirement;
  @Inject UserAdministration userAdministration;
  @Inject FacesContext facesContext;
  @Inject Texts texts;

  private List<SealOverview> seals;
  private List<String> enabledUsers;

  /** Empty: a seal of the organisation; a user name: that user's personal certificate. */
  private String owner;

  private String name;
  private String organisationName;
  private transient UploadedFile file;
  private String password;
  private boolean organisationDefault;
  private boolean test;
  private String libraryPath = "/usr/lib/softhsm/libsofthsm2.so";
  private String slots;
  private String keyLabel;
  private String pin;
  private String cscBaseUrl;
  private String cscClientId;
  private String cscClientSecret;
  private String cscCredentialId;

  /** The seal whose "Retire" was pressed, until the dialog is answered. */
  private String retiringId;

  private String retiringName;

  /** Chosen in the dialog; required, never preselected: the choice matters for verification. */
  private RetirementReason retirementReason;

  @PostConstruct
  void load() {
    seals = overviews.overview();
    enabledUsers =
        userAdministration.users().stream()
            .filter(UserView::enabled)
            .map(UserView::username)
            .toList();
  }

  public void register() {
    if (file == null || file.getSize() == 0) {
      error(texts.text("admin-seals.pkcs12.missing"));
      return;
    }
    if (file.getSize() > MAX_PKCS12_BYTES) {
      error(texts.text("admin-seals.pkcs12.too-large"));
      return;
    }
    try {
      Pkcs12Registration registration =
          new Pkcs12Registration(
              name,
              organisationName,
              file.getContent(),
              password == null ? new char[0] : password.toCharArray(),
              organisationDefault,
              test);
      registered(
          owner == null || owner.isBlank()
              ? sealRegistration.registerPkcs12(currentActor(), registration)
              : sealRegistration.registerPersonalPkcs12(currentActor(), owner, registration));
      owner = null;
    } catch (PortalException e) {
      error(texts.problem(e));
    } finally {
      file = null;
      password = null;
    }
  }

  /** Registers a seal whose key is in PKCS#11 tokens: one slot, or several separated by commas. */
  public void registerPkcs11() {
    List<Long> slotIds = new ArrayList<>();
    for (String slot : (slots == null ? "" : slots).split("[,\\s]+")) {
      if (slot.isBlank()) {
        continue;
      }
      try {
        slotIds.add(Long.parseLong(slot));
      } catch (NumberFormatException e) {
        error(texts.text("admin-seals.pkcs11.bad-slot", slot));
        return;
      }
    }
    try {
      registered(
          sealRegistration.registerPkcs11(
              currentActor(),
              new Pkcs11Registration(
                  name,
                  organisationName,
                  libraryPath,
                  slotIds,
                  keyLabel,
                  pin,
                  organisationDefault,
                  test)));
      slots = null;
      keyLabel = null;
    } catch (PortalException e) {
      error(texts.problem(e));
    } finally {
      pin = null;
    }
  }

  /** Registers a seal whose key is a remote credential at a trust service (CSC API v2). */
  public void registerCsc() {
    try {
      registered(
          sealRegistration.registerCsc(
              currentActor(),
              new CscRegistration(
                  name,
                  organisationName,
                  cscBaseUrl,
                  cscClientId,
                  cscClientSecret,
                  cscCredentialId,
                  organisationDefault,
                  test)));
      cscBaseUrl = null;
      cscClientId = null;
      cscCredentialId = null;
    } catch (PortalException e) {
      error(texts.problem(e));
    } finally {
      cscClientSecret = null;
    }
  }

  /** "Retire" on a seal's row: the dialog asks why before anything happens. */
  public void askRetirement(String sealId, String sealName) {
    retiringId = sealId;
    retiringName = sealName;
    retirementReason = null;
  }

  /**
   * Retires the seal the dialog is about, for the reason chosen there: it no longer seals and its
   * secret is erased. The organisation seal is refused with the reason, until another one takes its
   * place.
   */
  public void retire() {
    if (retiringId == null) {
      return;
    }
    if (retirementReason == null) {
      // The page requires a choice; a request without one changes nothing.
      facesContext.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, texts.text("admin-seals.retire.reason-required"), null));
      return;
    }
    try {
      RetiredSeal retired = retirement.retire(currentActor(), retiringId, retirementReason);
      facesContext.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              texts.text("admin-seals.retired", retired.name()),
              retired.reason().keyCompromised()
                  ? texts.text("admin-seals.retired.compromised")
                  : texts.text("admin-seals.retired.no-longer-seals")));
    } catch (PortalException e) {
      facesContext.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              texts.text("admin-seals.not-retired"),
              texts.problem(e)));
    } finally {
      retiringId = null;
      retirementReason = null;
    }
    seals = overviews.overview();
  }

  public String getRetiringName() {
    return retiringName;
  }

  public RetirementReason getRetirementReason() {
    return retirementReason;
  }

  public void setRetirementReason(RetirementReason retirementReason) {
    this.retirementReason = retirementReason;
  }

  public RetirementReason[] getRetirementReasons() {
    return RetirementReason.choices();
  }

  private void registered(SealOverview registered) {
    facesContext.addMessage(
        null,
        new FacesMessage(
            registered.certificate().hasWarnings()
                ? FacesMessage.SEVERITY_WARN
                : FacesMessage.SEVERITY_INFO,
            texts.text("admin-seals.registered", registered.name()),
            registered.certificate().hasWarnings()
                ? texts.text("admin-seals.registered.warnings")
                : texts.text("admin-seals.registered.no-warning")));
    seals = overviews.overview();
    name = null;
    organisationName = null;
    organisationDefault = false;
    test = false;
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
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR, texts.text("admin-seals.not-registered"), message));
  }

  public String format(Instant instant) {
    return Timestamps.format(instant);
  }

  public List<SealOverview> getSeals() {
    return seals;
  }

  public List<String> getEnabledUsers() {
    return enabledUsers;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public void setOrganisationName(String organisationName) {
    this.organisationName = organisationName;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isOrganisationDefault() {
    return organisationDefault;
  }

  public void setOrganisationDefault(boolean organisationDefault) {
    this.organisationDefault = organisationDefault;
  }

  public boolean isTest() {
    return test;
  }

  public void setTest(boolean test) {
    this.test = test;
  }

  public String getLibraryPath() {
    return libraryPath;
  }

  public void setLibraryPath(String libraryPath) {
    this.libraryPath = libraryPath;
  }

  public String getSlots() {
    return slots;
  }

  public void setSlots(String slots) {
    this.slots = slots;
  }

  public String getKeyLabel() {
    return keyLabel;
  }

  public void setKeyLabel(String keyLabel) {
    this.keyLabel = keyLabel;
  }

  public String getPin() {
    return pin;
  }

  public void setPin(String pin) {
    this.pin = pin;
  }

  public String getCscBaseUrl() {
    return cscBaseUrl;
  }

  public void setCscBaseUrl(String cscBaseUrl) {
    this.cscBaseUrl = cscBaseUrl;
  }

  public String getCscClientId() {
    return cscClientId;
  }

  public void setCscClientId(String cscClientId) {
    this.cscClientId = cscClientId;
  }

  public String getCscClientSecret() {
    return cscClientSecret;
  }

  public void setCscClientSecret(String cscClientSecret) {
    this.cscClientSecret = cscClientSecret;
  }

  public String getCscCredentialId() {
    return cscCredentialId;
  }

  public void setCscCredentialId(String cscCredentialId) {
    this.cscCredentialId = cscCredentialId;
  }
}
