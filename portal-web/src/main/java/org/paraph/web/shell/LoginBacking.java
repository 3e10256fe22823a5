package org.paraph.web.shell;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.paraph.identity.application.LoginResult;
import org.paraph.web.i18n.Texts;
import org.paraph.web.security.PortalAuthenticationMechanism;

/** The login page: checks the credentials, then goes where the visitor was headed. */
@Named
@RequestScoped
public class LoginBacking {

  private static final String HOME = "/app/seal.xhtml";

  @Inject SecurityContext securityContext;
  @Inject FacesContext facesContext;
  @Inject Texts texts;

  private String username;
  private String password;
  private String continueTo;

  public void login() throws IOException {
    ExternalContext external = facesContext.getExternalContext();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    if (status == AuthenticationStatus.SUCCESS) {
      external.redirect(external.getRequestContextPath() + safeTarget());
      facesContext.responseComplete();
    } else if (status == AuthenticationStatus.SEND_CONTINUE) {
      facesContext.responseComplete();
    } else {
      // Throttled or busy: the password was not even looked at, and the person is told why.
      Object refusal = external.getRequestMap().get(PortalAuthenticationMechanism.LOGIN_REFUSAL);
      facesContext.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusalText(refusal), null));
    }
  }

  private String refusalText(Object refusal) {
    if (refusal instanceof LoginResult.Throttled throttled) {
      return texts.text("login.refused.throttled", texts.duration(throttled.retryAfter()));
    }
    if (refusal instanceof LoginResult.Busy) {
      return texts.text("login.refused.busy");
    }
    return texts.text("login.refused.wrong-credentials");
  }

  /** Only a path of this portal, never another site (an open redirect would help phishing). */
  private String safeTarget() {
    if (continueTo == null
        || !continueTo.startsWith("/")
        || continueTo.startsWith("//")
        || continueTo.contains("\\")
        || continueTo.startsWith("/login.xhtml")) {
      return HOME;
    }
    return continueTo;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getContinueTo() {
    return continueTo;
  }

  public void setContinueTo(String continueTo) {
    this.continueTo = continueTo;
  }
}
