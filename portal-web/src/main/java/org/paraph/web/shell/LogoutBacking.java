package org.paraph.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.paraph.identity.application.AuthenticationService;
import org.paraph.shared.domain.Actor;

/** Logging out: the session ends, the audit log says so, and the login page comes back. */
@Named
@RequestScoped
public class LogoutBacking {

  @Inject FacesContext facesContext;
  @Inject AuthenticationService authentication;

  public void logout() throws IOException, ServletException {
    ExternalContext external = facesContext.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (request.getUserPrincipal() != null) {
      authentication.loggedOut(
          Actor.user(
              request.getUserPrincipal().getName(),
              request.getRemoteAddr(),
              request.getHeader("User-Agent")));
    }
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
    facesContext.responseComplete();
  }
}
