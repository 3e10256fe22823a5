package org.paraph.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** The logged-in person, for the layout and the pages. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext securityContext;

  public String getName() {
    Principal principal = securityContext.getCallerPrincipal();
    return principal == null ? "" : principal.getName();
  }

  public boolean isAdmin() {
    return securityContext.isCallerInRole("ADMIN");
  }
}
