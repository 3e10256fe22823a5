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
import java.util.List;
import org.paraph.seals.application.Pkcs12Registration;
import org.paraph.seals.application.SealAdministration;
import org.paraph.seals.application.SealOverview;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.PortalException;
import org.paraph.web.shell.Timestamps;
import org.primefaces.model.file.UploadedFile;

/** The seals page for administrators: the seals with their certificates, and registering one. */
@Named
@ViewScoped
public class SealsAdminBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final long MAX_PKCS12_BYTES = 1024 * 1024;

  @Inject SealAdministration administration;
  @Inject FacesContext facesContext;

  private List<SealOverview> seals;
  private String name;
  private String organisationName;
  private transient UploadedFile file;
  private String password;
  private boolean organisationDefault;
  private boolean test;

  @PostConstruct
  void load() {
    seals = administration.overview();
  }

  public void register() {
    if (file == null || file.getSize() == 0) {
      error("Choose the PKCS#12 file of the seal");
      return;
    }
    if (file.getSize() > MAX_PKCS12_BYTES) {
      error("A PKCS#12 file is a few kilobytes; this one is larger than 1 MB");
      return;
    }
    try {
      SealOverview registered =
          administration.registerPkcs12(
              currentActor(),
              new Pkcs12Registration(
                  name,
                  organisationName,
                  file.getContent(),
                  password == null ? new char[0] : password.toCharArray(),
                  organisationDefault,
                  test));
      facesContext.addMessage(
          null,
          new FacesMessage(
              registered.certificate().hasWarnings()
                  ? FacesMessage.SEVERITY_WARN
                  : FacesMessage.SEVERITY_INFO,
              "Registered " + registered.name(),
              registered.certificate().hasWarnings()
                  ? "Check its warnings in the list"
                  : "Its certificate raises no warning"));
      seals = administration.overview();
      name = null;
      organisationName = null;
      password = null;
      organisationDefault = false;
      test = false;
    } catch (PortalException e) {
      error(e.getMessage());
    } finally {
      file = null;
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
        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Not registered", message));
  }

  public String format(Instant instant) {
    return Timestamps.format(instant);
  }

  public List<SealOverview> getSeals() {
    return seals;
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
}
