package org.paraph.api.workflows;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.paraph.shared.application.PortalConfig;
import org.paraph.shared.domain.PortalException;
import org.paraph.workflows.application.QualifiedSignatures;
import org.paraph.workflows.application.RequestOrigin;

/**
 * {@code /api/v1/sign/qualified/callback}: where the qualified trust service sends the
 * participant's browser back after its OAuth2 authorisation, with a code (or an error) and the
 * state that names the participant. It signs, then sends the browser back to the participant's page
 * when the signature was started there, and otherwise answers the participant's view as JSON (or
 * the problem). The state's PKCE verifier goes with the code exchange; a state started on the
 * portal's own page is accepted only with the {@link QualifiedBrowserCookie} of that browser.
 */
@Path("sign/qualified/callback")
@Produces(MediaType.APPLICATION_JSON)
public class QualifiedCallbackResource {

  /** The link whose page started the signature, kept in the participant's session. */
  public static final String RETURN_LINK = "org.paraph.qualified.returnLink";

  /** Why the signature failed, for that page to show once. */
  public static final String FAILURE = "org.paraph.qualified.failure";

  @Inject QualifiedSignatures qualified;
  @Inject PortalConfig config;
  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  @GET
  public Response callback(
      @QueryParam("state") String state,
      @QueryParam("code") String code,
      @QueryParam("error") String error,
      @QueryParam("error_description") String errorDescription) {
    String returnLink = takeReturnLink();
    RequestOrigin origin =
        new RequestOrigin(request.getRemoteAddr(), request.getHeader("User-Agent"));
    String browserCookie = QualifiedBrowserCookie.read(request);
    if (browserCookie != null) {
      // Used once, whatever the outcome.
      QualifiedBrowserCookie.clear(request, response, config.baseUrl().startsWith("https:"));
    }
    try {
      SigningResponse signed =
          SigningResponse.of(
              qualified.finish(state, code, error, errorDescription, origin, browserCookie), null);
      return returnLink == null ? Response.ok(signed).build() : backToPage(returnLink, "signed");
    } catch (PortalException e) {
      if (returnLink == null) {
        throw e;
      }
      request.getSession().setAttribute(FAILURE, e.getMessage());
      return backToPage(returnLink, "failed");
    }
  }

  private String takeReturnLink() {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Object link = session.getAttribute(RETURN_LINK);
    session.removeAttribute(RETURN_LINK);
    return link instanceof String token ? token : null;
  }

  private Response backToPage(String token, String outcome) {
    // Absolute: a relative one would be taken as relative to the API's root.
    return Response.seeOther(
            URI.create(config.baseUrl() + "/sign/" + token + "?qualified=" + outcome))
        .build();
  }
}
