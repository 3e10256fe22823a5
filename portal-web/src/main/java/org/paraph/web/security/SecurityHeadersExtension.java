package org.paraph.web.security;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.ResponseCommitListener;
import io.undertow.server.handlers.SameSiteCookieHandler;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link SecurityHeaders} on every answer at the moment it is sent, whatever wrote it: a page,
 * the API, a static resource, the container's error pages, and also the answers that the
 * authentication mechanism writes before any servlet filter runs (401, the redirect to the login
 * page) or that the container writes after clearing the headers (an error page after an exception).
 * A header the answer already has is kept: on a page, PrimeFaces writes the Content-Security-Policy
 * with that page's nonce.
 *
 * <p>An Undertow extension (registered in {@code META-INF/services}), since a servlet filter runs
 * too late for the authentication's answers.
 */
public class SecurityHeadersExtension implements ServletExtension {

  /** Set by {@link SessionCookieSettings}: whether the portal's public address is https. */
  static final String PUBLIC_HTTPS_ATTRIBUTE = SecurityHeadersExtension.class.getName() + ".https";

  private static final String SESSION_COOKIE = "JSESSIONID";

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
    deployment.addInitParameter("primefaces.CSP_POLICY", SecurityHeaders.CONTENT_SECURITY_POLICY);
    ResponseCommitListener addHeaders = exchange -> addHeaders(exchange, servletContext);
    deployment.addInitialHandlerChainWrapper(
        next ->
            exchange -> {
              exchange.addResponseCommitListener(addHeaders);
              next.handleRequest(exchange);
            });
    // SameSite=Lax on the session cookie (web.xml's cookie-config attribute is not applied by
    // this server). Lax, not Strict: the browser coming back from the qualified trust service's
    // login, a navigation from another site, must bring the session.
    deployment.addInitialHandlerChainWrapper(
        next -> new SameSiteCookieHandler(next, "Lax", SESSION_COOKIE));
  }

  private static void addHeaders(HttpServerExchange exchange, ServletContext servletContext) {
    boolean https =
        "https".equalsIgnoreCase(exchange.getRequestScheme())
            || Boolean.TRUE.equals(servletContext.getAttribute(PUBLIC_HTTPS_ATTRIBUTE));
    String path = exchange.getRequestPath().substring(servletContext.getContextPath().length());
    SecurityHeaders.forPath(path, https)
        .forEach(
            (name, value) -> {
              HttpString header = HttpString.tryFromString(name);
              if (!exchange.getResponseHeaders().contains(header)) {
                exchange.getResponseHeaders().put(header, value);
              }
            });
  }
}
