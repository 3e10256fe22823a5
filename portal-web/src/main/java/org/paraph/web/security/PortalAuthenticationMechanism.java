package org.paraph.web.security;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.paraph.api.error.Problems;
import org.paraph.identity.application.AuthenticationService;
import org.paraph.identity.domain.Role;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.ActorKind;

/**
 * How callers prove who they are. People log in on the login page and stay logged in for their
 * session; API clients send HTTP Basic credentials with each request. A protected page sends an
 * anonymous visitor to the login page; a protected API call answers 401 with a problem document.
 * (Jakarta Security 3 allows one mechanism per application, so this one serves both.)
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";

  @Inject IdentityStoreHandler identityStores;
  @Inject AuthenticationService authentication;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    AuthenticationParameters parameters = context.getAuthParameters();
    if (parameters != null && parameters.getCredential() != null) {
      return loginFromPage(parameters.getCredential(), request, context);
    }
    Optional<SessionIdentity> session = sessionIdentity(request);
    if (session.isPresent()) {
      // The roles as they are now, not as they were at login: a change applies to the next request.
      Optional<Set<Role>> roles = authentication.currentRoles(session.get().username());
      if (roles.isPresent()) {
        return context.notifyContainerAboutLogin(
            session.get().username(),
            roles.get().stream().map(Role::name).collect(Collectors.toSet()));
      }
      // Disabled by an administrator since logging in: the session ends here.
      request.getSession().invalidate();
    }
    Optional<UsernamePasswordCredential> basic = basicCredential(request);
    if (basic.isPresent()) {
      CredentialValidationResult result = identityStores.validate(basic.get());
      if (result.getStatus() == VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      authentication.loginFailed(
          new Actor(
              basic.get().getCaller(),
              ActorKind.API_CLIENT,
              request.getRemoteAddr(),
              request.getHeader("User-Agent")));
      return unauthorized(response, "Wrong user name or password");
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return unauthorized(response, "This endpoint needs HTTP Basic credentials");
    }
    return redirectToLogin(request, response);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SessionIdentity.ATTRIBUTE);
    }
  }

  private AuthenticationStatus loginFromPage(
      Credential credential, HttpServletRequest request, HttpMessageContext context) {
    CredentialValidationResult result = identityStores.validate(credential);
    Actor actor =
        Actor.user(callerOf(credential), request.getRemoteAddr(), request.getHeader("User-Agent"));
    if (result.getStatus() != VALID) {
      authentication.loginFailed(actor);
      return AuthenticationStatus.SEND_FAILURE;
    }
    // A new session id at login, so a session id planted before login is worth nothing after it.
    request.getSession(true);
    request.changeSessionId();
    request
        .getSession()
        .setAttribute(
            SessionIdentity.ATTRIBUTE, new SessionIdentity(result.getCallerPrincipal().getName()));
    authentication.loginSucceeded(actor);
    return context.notifyContainerAboutLogin(result);
  }

  private static String callerOf(Credential credential) {
    return credential instanceof UsernamePasswordCredential c ? c.getCaller() : "unknown";
  }

  private static Optional<SessionIdentity> sessionIdentity(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((SessionIdentity) session.getAttribute(SessionIdentity.ATTRIBUTE));
  }

  private static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return Optional.of(new UsernamePasswordCredential(decoded, ""));
      }
      return Optional.of(
          new UsernamePasswordCredential(
              decoded.substring(0, colon), decoded.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.of(new UsernamePasswordCredential("", ""));
    }
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Paraph\", charset=\"UTF-8\"");
    try {
      Problems.write(response, 401, "unauthorized", "Authentication required", detail);
    } catch (IOException e) {
      response.setStatus(401);
    }
    // The challenge is written: the container sends it as it is, instead of its own error page.
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private static AuthenticationStatus redirectToLogin(
      HttpServletRequest request, HttpServletResponse response) {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    try {
      response.sendRedirect(
          request.getContextPath()
              + LOGIN_PAGE
              + "?continue="
              + URLEncoder.encode(target, StandardCharsets.UTF_8));
    } catch (IOException e) {
      response.setStatus(401);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
