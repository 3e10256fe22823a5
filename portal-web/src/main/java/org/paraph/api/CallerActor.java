package org.paraph.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.SecurityContext;
import org.paraph.shared.domain.Actor;

/** The authenticated caller of an API request, as the audit log records it. */
public final class CallerActor {

  private CallerActor() {}

  public static Actor of(SecurityContext security, HttpServletRequest request) {
    return Actor.user(
        security.getUserPrincipal().getName(),
        request.getRemoteAddr(),
        request.getHeader("User-Agent"));
  }
}
