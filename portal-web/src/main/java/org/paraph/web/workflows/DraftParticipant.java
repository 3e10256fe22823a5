package org.paraph.web.workflows;

import java.io.Serializable;
import org.paraph.workflows.domain.AuthenticationChannel;
import org.paraph.workflows.domain.ParticipantAction;

/** A participant of a {@link WorkflowDraft} as typed in; {@code colour} marks their boxes. */
public class DraftParticipant implements Serializable {
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
