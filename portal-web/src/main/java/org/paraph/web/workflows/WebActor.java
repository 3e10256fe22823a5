package org.paraph.web.workflows;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import org.paraph.shared.domain.Actor;

/** The logged-in user of a page, as the services want them: name, address and browser. */
final class WebActor {

  private WebActor() {}

  static Actor of(FacesContext facesContext) {
    HttpServletRequest request =
        (HttpServletRequest) facesContext.getExternalContext().getRequest();
    return Actor.user(
        request.getUserPrincipal().getName(),
        request.getRemoteAddr(),
        request.getHeader("User-Agent"));
  }
}
