package org.paraph.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The session's {@link CsrfToken} for the layout, which shows it in a {@code meta} tag named {@code
 * paraph-csrf}: a script of the portal's pages that calls the API with the session cookie reads it
 * there and sends it in the {@code X-Paraph-CSRF} header.
 */
@Named("csrfToken")
@RequestScoped
public class CsrfTokenView {

  @Inject HttpServletRequest request;

  public String getValue() {
    return CsrfToken.of(request.getSession());
  }

  public String getHeader() {
    return CsrfToken.HEADER;
  }
}
