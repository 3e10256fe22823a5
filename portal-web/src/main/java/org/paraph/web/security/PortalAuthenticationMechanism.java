package org.paraph.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.paraph.api.error.Problems;
import org.paraph.identity.application.AuthenticationService;
import org.paraph.identity.application.LoginResult;
import org.paraph.identity.domain.Role;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.ActorKind;
import org.paraph.web.i18n.Texts;
import org.paraph.web.operations.RequestIds;

/**
 * How callers prove who they are. People log in on the login page and stay logged in for their
 * session; API clients send HTTP Basic credentials with each request. A protected page sends an
 * anonymous visitor to the login page; a protected API call answers 401 with a problem document.
 * Both kinds of login go through the same throttle (429 with {@code Retry-After} for the API, a
 * message on the login page). (Jakarta Security 3 allows one mechanism per application, so this one
 * serves both.)
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";

  /**
   * Request attribute holding the {@link LoginResult} of a login from the page that was refused
   * without looking at the password ({@code Throttled}, {@code Busy}): the page says why.
   */
  public static final String LOGIN_REFUSAL =
      PortalAuthenticationMechanism.class.getName() + ".refusal";

  @Inject AuthenticationService authentication;
  @Inject ClientAddresses clientAddresses;
  @Inject Texts texts;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // The first code of the portal a request meets: from here on, its log lines carry its id.
    RequestIds.begin(request, request.getHeader(RequestIds.HEADER), response);
    AuthenticationParameters parameters = context.getAuthParameters();
    if (parameters != null && parameters.getCredential() != null) {
      return loginFromPage(parameters.getCredential(), request, response, context);
    }
    // A request that says who it is, is judged by that alone, before and without any session:
    // API clients keep working whatever cookie they hold, and a cookie-only request is told apart
    // (the CSRF filter relies on this).
    if (request.getHeader("Authorization") != null) {
      return loginWithHeader(request, response, context);
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
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return unauthorized(response, texts.text("problem.detail.unauthorized.no-credentials"));
    }
    return redirectToLogin(request, response);
  }

  private AuthenticationStatus loginWithHeader(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Optional<UsernamePasswordCredential> basic = basicCredential(request);
    if (basic.isEmpty()) {
      return unauthorized(response, texts.text("problem.detail.unauthorized.not-basic"));
    }
    Actor attempt =
        new Actor(
            basic.get().getCaller(),
            ActorKind.API_CLIENT,
            clientAddresses.of(request),
            request.getHeader("User-Agent"));
    LoginResult result = authentication.login(attempt, basic.get().getPassword().getValue());
    if (result instanceof LoginResult.Accepted accepted) {
      return context.notifyContainerAboutLogin(
          accepted.user().username(),
          accepted.user().roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
    if (result instanceof LoginResult.Throttled throttled) {
      return refused(
          response,
          429,
          "too-many-login-attempts",
          texts.text("problem.title.too-many-login-attempts"),
          texts.text(
              "problem.detail.too-many-login-attempts", texts.duration(throttled.retryAfter())),
          throttled.retryAfter());
    }
    if (result instanceof LoginResult.Busy busy) {
      return refused(
          response,
          503,
          "login-busy",
          texts.text("problem.title.login-busy"),
          texts.text("problem.detail.login-busy"),
          busy.retryAfter());
    }
    return unauthorized(response, texts.text("problem.detail.unauthorized.wrong-credentials"));
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
      Credential credential,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    if (!(credential instanceof UsernamePasswordCredential given)) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    Actor actor =
        Actor.user(given.getCaller(), clientAddresses.of(request), request.getHeader("User-Agent"));
    LoginResult result = authentication.login(actor, given.getPassword().getValue());
    if (result instanceof LoginResult.Throttled throttled) {
      // The page is shown again with the message; the status tells scripts what a person reads.
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(throttled.retryAfter().toSeconds()));
      request.setAttribute(LOGIN_REFUSAL, throttled);
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (result instanceof LoginResult.Busy busy) {
      response.setStatus(503);
      response.setHeader("Retry-After", Long.toString(busy.retryAfter().toSeconds()));
      request.setAttribute(LOGIN_REFUSAL, busy);
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (!(result instanceof LoginResult.Accepted accepted)) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    // A new session id at login, so a session id planted before login is worth nothing after it.
    request.getSession(true);
    request.changeSessionId();
    request
        .getSession()
        .setAttribute(SessionIdentity.ATTRIBUTE, new SessionIdentity(accepted.user().username()));
    authentication.loginSucceeded(actor);
    return context.notifyContainerAboutLogin(
        accepted.user().username(),
        accepted.user().roles().stream().map(Role::name).collect(Collectors.toSet()));
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

  private AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Paraph\", charset=\"UTF-8\"");
    try {
      Problems.write(
          response, 401, "unauthorized", texts.text("problem.title.unauthorized"), detail);
    } catch (IOException e) {
      response.setStatus(401);
    }
    // The challenge is written: the container sends it as it is, instead of its own error page.
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private AuthenticationStatus refused(
      HttpServletResponse response,
      int status,
      String type,
      String title,
      String detail,
      Duration retryAfter) {
    response.setHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
    try {
      Problems.write(response, status, type, title, detail);
    } catch (IOException e) {
      response.setStatus(status);
    }
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
