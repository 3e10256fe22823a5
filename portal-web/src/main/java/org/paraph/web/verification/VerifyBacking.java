package org.paraph.web.verification;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.paraph.shared.application.PortalConfig;
import org.paraph.shared.domain.PortalException;
import org.paraph.verification.application.VerificationService;
import org.paraph.verification.domain.DocumentTimestamp;
import org.paraph.verification.domain.Indication;
import org.paraph.verification.domain.VerificationReport;
import org.paraph.web.i18n.Texts;
import org.paraph.web.shell.Timestamps;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The public "Verify a document" page: a signed PDF (or a .p7s with its original) is dropped, and
 * the verdict on each of its signatures is shown. Nothing is stored beyond the view.
 */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject VerificationService verification;
  @Inject PortalConfig config;
  @Inject FacesContext facesContext;
  @Inject Texts texts;

  private byte[] signed;
  private String signedName;
  private byte[] original;
  private String originalName;
  private String password;
  private boolean originalRequired;
  private boolean passwordRequired;

  private boolean verified;
  private String sha256;
  private String validationTime;
  private List<SignatureView> signatures = List.of();
  private List<String> documentTimestamps = List.of();
  private String trustedLists;
  private boolean trustedListsUsed;

  public void uploadSigned(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    if (tooLarge(file)) {
      return;
    }
    signed = file.getContent();
    signedName = file.getFileName();
    original = null;
    originalName = null;
    password = null;
    verify();
  }

  public void uploadOriginal(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    if (tooLarge(file)) {
      return;
    }
    original = file.getContent();
    originalName = file.getFileName();
    if (signed != null) {
      verify();
    }
  }

  /** Verifies again, with the password typed for an encrypted PDF. */
  public void verifyWithPassword() {
    if (signed != null) {
      verify();
    }
  }

  public void startOver() {
    signed = null;
    signedName = null;
    original = null;
    originalName = null;
    password = null;
    originalRequired = false;
    passwordRequired = false;
    clearReport();
  }

  private void verify() {
    clearReport();
    try {
      VerificationReport report = verification.verify(signedName, signed, original, password);
      originalRequired = false;
      passwordRequired = false;
      verified = true;
      sha256 = report.sha256();
      validationTime = Timestamps.format(report.validationTime());
      String unknown = texts.text("verify.unknown");
      signatures = report.signatures().stream().map(v -> SignatureView.of(v, unknown)).toList();
      documentTimestamps = report.documentTimestamps().stream().map(this::describe).toList();
      trustedLists = report.trustedLists().summary();
      trustedListsUsed = report.trustedLists().used();
    } catch (PortalException e) {
      switch (e.problemType()) {
        case "detached-content-required" -> {
          originalRequired = true;
          message(
              FacesMessage.SEVERITY_WARN, texts.text("verify.original-needed"), texts.problem(e));
        }
        case "encrypted-pdf" -> {
          passwordRequired = true;
          message(
              FacesMessage.SEVERITY_WARN, texts.text("verify.password-needed"), texts.problem(e));
        }
        default ->
            message(
                FacesMessage.SEVERITY_ERROR, texts.text("verify.not-verified"), texts.problem(e));
      }
    }
  }

  /** The report as a PDF to keep, verified again so that it says what holds now. */
  public StreamedContent getReportPdf() {
    Locale locale = texts.locale();
    return DefaultStreamedContent.builder()
        .name("verification-report.pdf")
        .contentType("application/pdf")
        .stream(
            () ->
                new ByteArrayInputStream(
                    verification.humanReportPdf(signedName, signed, original, password, locale)))
        .build();
  }

  private void clearReport() {
    verified = false;
    sha256 = null;
    validationTime = null;
    signatures = List.of();
    documentTimestamps = List.of();
    trustedLists = null;
    trustedListsUsed = false;
  }

  private boolean tooLarge(UploadedFile file) {
    if (file.getSize() > config.maxUploadBytes()) {
      message(
          FacesMessage.SEVERITY_ERROR,
          texts.text("verify.not-verified"),
          texts.text("verify.too-large", config.maxUploadMegabytes()));
      return true;
    }
    return false;
  }

  private String describe(DocumentTimestamp timestamp) {
    String state =
        timestamp.indication() == Indication.TOTAL_PASSED
            ? texts.text("verify.timestamp.valid")
            : timestamp.indication() == Indication.TOTAL_FAILED
                ? texts.text("verify.timestamp.invalid")
                : texts.text("verify.timestamp.indeterminate");
    String time = Timestamps.format(timestamp.productionTime());
    return timestamp.producedBy() == null
        ? texts.text("verify.timestamp", time, state)
        : texts.text("verify.timestamp.by", time, timestamp.producedBy(), state);
  }

  private void message(FacesMessage.Severity severity, String summary, String detail) {
    facesContext.addMessage(null, new FacesMessage(severity, summary, detail));
  }

  public boolean isFileLoaded() {
    return signed != null;
  }

  public String getSignedName() {
    return signedName;
  }

  public String getOriginalName() {
    return originalName;
  }

  public boolean isOriginalRequired() {
    return originalRequired;
  }

  public boolean isPasswordRequired() {
    return passwordRequired;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password == null || password.isEmpty() ? null : password;
  }

  public boolean isVerified() {
    return verified;
  }

  public String getSha256() {
    return sha256;
  }

  public String getValidationTime() {
    return validationTime;
  }

  public List<SignatureView> getSignatures() {
    return signatures;
  }

  public List<String> getDocumentTimestamps() {
    return documentTimestamps;
  }

  /** Whether the EU trusted lists were used, since when, or why not: one sentence. */
  public String getTrustedLists() {
    return trustedLists;
  }

  public boolean isTrustedListsUsed() {
    return trustedListsUsed;
  }
}
