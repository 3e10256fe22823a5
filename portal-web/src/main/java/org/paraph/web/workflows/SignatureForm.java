package org.paraph.web.workflows;

import java.io.Serializable;
import java.util.Base64;
import java.util.Set;
import org.paraph.workflows.application.SignatureInput;
import org.paraph.workflows.application.SigningView;
import org.paraph.workflows.domain.EditableField;
import org.paraph.workflows.domain.SignatureMode;

/**
 * What the participant enters on the signing page: the one-time password, the signature (typed, or
 * drawn and written by the page's script as a PNG data URL), the corrections the sender allows, and
 * a reason to decline.
 */
public class SignatureForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String PNG_DATA_URL = "data:image/png;base64,";

  private String otp;
  private String mode = SignatureMode.TYPED.name();
  private String typedSignature;
  private String drawnSignature;
  private String firstName;
  private String surname;
  private String email;
  private String mobile;
  private String declineReason;

  /**
   * Filled in with what the portal knows of the participant: their name (also as the typed
   * signature) and contact details; drawn when the sender does not allow typed signatures.
   */
  void fillFrom(SigningView view) {
    firstName = view.firstName();
    surname = view.surname();
    email = view.email();
    mobile = view.mobile();
    typedSignature = view.firstName() + " " + view.surname();
    if (!view.signatureModes().isEmpty() && !view.signatureModes().contains(SignatureMode.TYPED)) {
      mode = SignatureMode.DRAWN.name();
    }
  }

  /** The signature in the chosen mode, with the corrections of the fields the sender allows. */
  SignatureInput input(Set<EditableField> editable) {
    SignatureMode chosen = SignatureMode.valueOf(mode);
    return new SignatureInput(
        chosen,
        chosen == SignatureMode.TYPED ? typedSignature : null,
        chosen == SignatureMode.DRAWN ? drawnPng() : null,
        editable.contains(EditableField.NAME) ? firstName : null,
        editable.contains(EditableField.NAME) ? surname : null,
        editable.contains(EditableField.EMAIL) ? email : null,
        editable.contains(EditableField.MOBILE) ? mobile : null);
  }

  /** The code as typed, without surrounding spaces; empty when none was. */
  String code() {
    return otp == null ? "" : otp.strip();
  }

  /** A code is used once, accepted or not. */
  void forgetCode() {
    otp = null;
  }

  /** The drawn signature, or null when the script wrote no PNG data URL. */
  private byte[] drawnPng() {
    if (drawnSignature == null || !drawnSignature.startsWith(PNG_DATA_URL)) {
      return null;
    }
    try {
      return Base64.getDecoder().decode(drawnSignature.substring(PNG_DATA_URL.length()));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public String getOtp() {
    return otp;
  }

  public void setOtp(String otp) {
    this.otp = otp;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public String getTypedSignature() {
    return typedSignature;
  }

  public void setTypedSignature(String typedSignature) {
    this.typedSignature = typedSignature;
  }

  public String getDrawnSignature() {
    return drawnSignature;
  }

  public void setDrawnSignature(String drawnSignature) {
    this.drawnSignature = drawnSignature;
  }

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

  public String getDeclineReason() {
    return declineReason;
  }

  public void setDeclineReason(String declineReason) {
    this.declineReason = declineReason;
  }
}
