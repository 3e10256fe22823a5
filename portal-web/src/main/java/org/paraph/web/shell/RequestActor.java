package org.paraph.web.shell;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import org.paraph.shared.domain.Actor;

/** The logged-in person behind a page action, with where the request came from, for the audit. */
public final class RequestActor {

  private RequestActor() {}

  public static Actor of(FacesContext facesContext) {
    HttpServletRequest request =
        (HttpServletRequest) facesContext.getExternalContext().getRequest();
    return Actor.user(
        request.getUserPrincipal().getName(),
        request.getRemoteAddr(),
        request.getHeader("User-Agent"));
  }
}
