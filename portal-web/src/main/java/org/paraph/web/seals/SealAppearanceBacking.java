package org.paraph.web.seals;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.paraph.seals.application.SealConfiguration;
import org.paraph.seals.application.SealSettings;
import org.paraph.seals.domain.SealLogo;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.PortalException;
import org.paraph.web.i18n.Texts;
import org.primefaces.event.FileUploadEvent;

/**
 * The editor of one seal's settings ({@code admin/seal-appearance.xhtml?seal=ID}): what its
 * annotation shows, with a preview drawn by the sealing code itself and refreshed as fields change,
 * and its default level and timestamp authorities. Saving is audited.
 */
@Named
@ViewScoped
public class SealAppearanceBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Regions only (Europe/Paris), not the legacy aliases (CET, US/Pacific), plus UTC. */
  private static final List<String> ZONES =
      ZoneId.getAvailableZoneIds().stream()
          .filter(
              zone ->
                  zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
          .filter(zone -> Character.isUpperCase(zone.charAt(0)) && !zone.startsWith("US/"))
          .sorted()
          .toList();

  @Inject SealConfiguration configuration;
  @Inject FacesContext facesContext;
  @Inject Texts texts;

  private String sealId;
  private String sealName;
  private boolean found;

  private String organisationName;
  private boolean showOrganisation;
  private boolean showPerson;
  private boolean showTime;
  private String timeZone;
  private boolean showReason;
  private boolean showLocation;
  private String defaultReason;
  private String defaultLocation;
  private byte[] logo;
  private String defaultLevel;
  private String tsaUrls;
  private boolean degradeWithoutTsa;
  private String documentRetention;

  private String preview;
  private String previewError;

  /** The view action: reads the seal named by the {@code seal} parameter. */
  public void load() {
    try {
      SealSettings settings = configuration.settings(sealId);
      sealName = configuration.name(sealId);
      found = true;
      show(settings);
      refreshPreview();
    } catch (PortalException e) {
      found = false;
      facesContext.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              texts.text("seal-appearance.no-such-seal"),
              texts.problem(e)));
    }
  }

  /** Redraws the preview from the fields as they are now; a setting that cannot work says why. */
  public void refreshPreview() {
    try {
      byte[] png = configuration.previewPng(sealId, settings(), username());
      preview = "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
      previewError = null;
    } catch (PortalException e) {
      previewError = texts.problem(e);
    }
  }

  public void uploadLogo(FileUploadEvent event) {
    if (event.getFile().getSize() > SealLogo.MAX_BYTES) {
      error(
          texts.text("seal-appearance.logo.not-taken"),
          texts.text("seal-appearance.logo.too-large", SealLogo.MAX_BYTES / 1024));
      return;
    }
    byte[] content = event.getFile().getContent();
    try {
      SealLogo.read(content);
      logo = content;
      refreshPreview();
    } catch (PortalException e) {
      error(texts.text("seal-appearance.logo.not-taken"), texts.problem(e));
    }
  }

  public void removeLogo() {
    logo = null;
    refreshPreview();
  }

  public void save() {
    try {
      show(configuration.configure(currentActor(), sealId, settings()));
      refreshPreview();
      facesContext.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              texts.text("seal-appearance.saved"),
              texts.text("seal-appearance.saved.detail", sealName)));
    } catch (PortalException e) {
      error(texts.text("seal-appearance.not-saved"), texts.problem(e));
    }
  }

  private SealSettings settings() {
    return new SealSettings(
        organisationName,
        showOrganisation,
        showPerson,
        showTime,
        timeZone,
        showReason,
        showLocation,
        defaultReason,
        defaultLocation,
        logo,
        defaultLevel,
        tsaUrls == null ? List.of() : Arrays.asList(tsaUrls.split("\\R")),
        degradeWithoutTsa,
        documentRetention);
  }

  private void show(SealSettings settings) {
    organisationName = settings.organisationName();
    showOrganisation = settings.showOrganisation();
    showPerson = settings.showPerson();
    showTime = settings.showTime();
    timeZone = settings.timeZone();
    showReason = settings.showReason();
    showLocation = settings.showLocation();
    defaultReason = settings.defaultReason();
    defaultLocation = settings.defaultLocation();
    logo = settings.logo();
    defaultLevel = settings.defaultLevel();
    tsaUrls = String.join("\n", settings.tsaUrls());
    degradeWithoutTsa = settings.degradeWithoutTsa();
    documentRetention = settings.documentRetention();
  }

  private String username() {
    return request().getUserPrincipal().getName();
  }

  private Actor currentActor() {
    HttpServletRequest request = request();
    return Actor.user(
        request.getUserPrincipal().getName(),
        request.getRemoteAddr(),
        request.getHeader("User-Agent"));
  }

  private HttpServletRequest request() {
    return (HttpServletRequest) facesContext.getExternalContext().getRequest();
  }

  private void error(String summary, String message) {
    facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, message));
  }

  public List<String> getZones() {
    return ZONES;
  }

  public boolean isFound() {
    return found;
  }

  public String getSealName() {
    return sealName;
  }

  public String getSealId() {
    return sealId;
  }

  public void setSealId(String sealId) {
    this.sealId = sealId;
  }

  public String getPreview() {
    return preview;
  }

  public String getPreviewError() {
    return previewError;
  }

  public boolean isHasLogo() {
    return logo != null;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public void setOrganisationName(String organisationName) {
    this.organisationName = organisationName;
  }

  public boolean isShowOrganisation() {
    return showOrganisation;
  }

  public void setShowOrganisation(boolean showOrganisation) {
    this.showOrganisation = showOrganisation;
  }

  public boolean isShowPerson() {
    return showPerson;
  }

  public void setShowPerson(boolean showPerson) {
    this.showPerson = showPerson;
  }

  public boolean isShowTime() {
    return showTime;
  }

  public void setShowTime(boolean showTime) {
    this.showTime = showTime;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public boolean isShowReason() {
    return showReason;
  }

  public void setShowReason(boolean showReason) {
    this.showReason = showReason;
  }

  public boolean isShowLocation() {
    return showLocation;
  }

  public void setShowLocation(boolean showLocation) {
    this.showLocation = showLocation;
  }

  public String getDefaultReason() {
    return defaultReason;
  }

  public void setDefaultReason(String defaultReason) {
    this.defaultReason = defaultReason;
  }

  public String getDefaultLocation() {
    return defaultLocation;
  }

  public void setDefaultLocation(String defaultLocation) {
    this.defaultLocation = defaultLocation;
  }

  public String getDefaultLevel() {
    return defaultLevel;
  }

  public void setDefaultLevel(String defaultLevel) {
    this.defaultLevel = defaultLevel;
  }

  public String getTsaUrls() {
    return tsaUrls;
  }

  public void setTsaUrls(String tsaUrls) {
    this.tsaUrls = tsaUrls;
  }

  public boolean isDegradeWithoutTsa() {
    return degradeWithoutTsa;
  }

  public void setDegradeWithoutTsa(boolean degradeWithoutTsa) {
    this.degradeWithoutTsa = degradeWithoutTsa;
  }

  public String getDocumentRetention() {
    return documentRetention;
  }

  public void setDocumentRetention(String documentRetention) {
    this.documentRetention = documentRetention;
  }
}
