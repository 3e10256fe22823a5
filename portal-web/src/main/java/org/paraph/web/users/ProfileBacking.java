package org.paraph.web.users;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.paraph.identity.application.UserProfiles;
import org.paraph.identity.application.UserView;
import org.paraph.identity.domain.UserDetails;
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
import org.paraph.web.shell.RequestActor;
import org.paraph.web.shell.Timestamps;
import org.primefaces.model.file.UploadedFile;

/**
 * Every user's own page: their name and e-mail address, their password, and their personal
 * certificates (PKCS#12 files that become seals only they may use), with the same certificate
 * details and warnings as the administrators' seals page; removing one frees its name.
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final long MAX_PKCS12_BYTES = 1024 * 1024;

  @Inject UserProfiles profiles;
  @Inject SealOverviews sealOverviews;
  @Inject SealRegistration sealRegistration;
  @Inject SealRetirement retirement;
  @Inject FacesContext facesContext;
  @Inject Texts texts;

  private String username;
  private String displayName;
  private String email;
  private String currentPassword;
  private String newPassword;
  private String repeatedPassword;
  private List<SealOverview> certificates;

  /** The certificate whose "Remove" was pressed, until the dialog is answered. */
  private String removingId;

  private String removingName;

  /** Chosen in the dialog; required, never preselected: the choice matters for verification. */
  private RetirementReason removalReason;

  private String certificateName;
  private String holderName;
  private transient UploadedFile file;
  private String filePassword;

  @PostConstruct
  void load() {
    UserView me = profiles.profile(actor().name());
    username = me.username();
    displayName = me.displayName();
    email = me.email();
    certificates = sealOverviews.personalSeals(username);
  }

  public void saveDetails() {
    try {
      UserView me = profiles.describe(actor(), new UserDetails(displayName, email));
      displayName = me.displayName();
      email = me.email();
      info(texts.text("profile.saved"), texts.text("profile.saved.detail"));
    } catch (PortalException e) {
      error(texts.text("profile.not-saved"), texts.problem(e));
    }
  }

  public void changePassword() {
    try {
      if (newPassword == null || !newPassword.equals(repeatedPassword)) {
        error(
            texts.text("profile.password.not-changed"),
            texts.text("profile.password.not-repeated"));
        return;
      }
      profiles.changePassword(
          actor(),
          currentPassword == null ? null : currentPassword.toCharArray(),
          newPassword.toCharArray());
      info(texts.text("profile.password.changed"), texts.text("profile.password.changed.detail"));
    } catch (PortalException e) {
      error(texts.text("profile.password.not-changed"), texts.problem(e));
    } finally {
      currentPassword = null;
      newPassword = null;
      repeatedPassword = null;
    }
  }

  public void uploadCertificate() {
    if (file == null || file.getSize() == 0) {
      error(texts.text("profile.not-registered"), texts.text("profile.add.no-file"));
      return;
    }
    if (file.getSize() > MAX_PKCS12_BYTES) {
      error(texts.text("profile.not-registered"), texts.text("profile.add.too-large"));
      return;
    }
    try {
      SealOverview registered =
          sealRegistration.registerPersonalPkcs12(
              actor(),
              username,
              new Pkcs12Registration(
                  certificateName,
                  holderName,
                  file.getContent(),
                  filePassword == null ? new char[0] : filePassword.toCharArray(),
                  false,
                  false));
      facesContext.addMessage(
          null,
          new FacesMessage(
              registered.certificate().hasWarnings()
                  ? FacesMessage.SEVERITY_WARN
                  : FacesMessage.SEVERITY_INFO,
              texts.text("profile.registered", registered.name()),
              registered.certificate().hasWarnings()
                  ? texts.text("profile.registered.warnings")
                  : texts.text("profile.registered.detail", registered.name())));
      certificates = sealOverviews.personalSeals(username);
      certificateName = null;
      holderName = null;
    } catch (PortalException e) {
      error(texts.text("profile.not-registered"), texts.problem(e));
    } finally {
      file = null;
      filePassword = null;
    }
  }

  /** "Remove" on a certificate's row: the dialog asks why before anything happens. */
  public void askRemoval(String sealId, String sealName) {
    removingId = sealId;
    removingName = sealName;
    removalReason = null;
  }

  /**
   * Removes the certificate the dialog is about, for the reason chosen there: it is retired, its
   * key erased, and its name free for a new certificate.
   */
  public void removeCertificate() {
    if (removingId == null) {
      return;
    }
    if (removalReason == null) {
      // The page requires a choice; a request without one changes nothing.
      facesContext.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, texts.text("profile.removal.reason-required"), null));
      return;
    }
    try {
      RetiredSeal removed = retirement.retire(actor(), removingId, removalReason);
      info(
          texts.text("profile.removed", removed.name()),
          removed.reason().keyCompromised()
              ? texts.text("profile.removed.compromised")
              : texts.text("profile.removed.detail"));
    } catch (PortalException e) {
      error(texts.text("profile.not-removed"), texts.problem(e));
    } finally {
      removingId = null;
      removalReason = null;
    }
    certificates = sealOverviews.personalSeals(username);
  }

  public String getRemovingName() {
    return removingName;
  }

  public RetirementReason getRemovalReason() {
    return removalReason;
  }

  public void setRemovalReason(RetirementReason removalReason) {
    this.removalReason = removalReason;
  }

  public RetirementReason[] getRemovalReasons() {
    return RetirementReason.choices();
  }

  public String format(Instant instant) {
    return Timestamps.format(instant);
  }

  private Actor actor() {
    return RequestActor.of(facesContext);
  }

  private void info(String summary, String detail) {
    facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
  }

  private void error(String summary, String detail) {
    facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatedPassword() {
    return repeatedPassword;
  }

  public void setRepeatedPassword(String repeatedPassword) {
    this.repeatedPassword = repeatedPassword;
  }

  public List<SealOverview> getCertificates() {
    return certificates;
  }

  public String getCertificateName() {
    return certificateName;
  }

  public void setCertificateName(String certificateName) {
    this.certificateName = certificateName;
  }

  public String getHolderName() {
    return holderName;
  }

  public void setHolderName(String holderName) {
    this.holderName = holderName;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public String getFilePassword() {
    return filePassword;
  }

  public void setFilePassword(String filePassword) {
    this.filePassword = filePassword;
  }
}
