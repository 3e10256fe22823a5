package org.paraph.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.paraph.api.error.Problems;
import org.paraph.shared.application.PortalConfig;
import org.paraph.web.i18n.Texts;

/**
 * Refuses cross-site request forgery on the API (mapped to {@code /api/*} in web.xml, before
 * JAX-RS). A browser sends the session cookie with a form that another site posts to the portal, so
 * a state-changing request that the session cookie alone authenticates must show that it comes from
 * the portal's own pages: the session's {@link CsrfToken} in a header, and, where the browser says
 * where the request comes from ({@code Origin}, {@code Sec-Fetch-Site}), the portal's own origin.
 *
 * <p>Not checked: a request with an {@code Authorization} header, which that header alone
 * authenticates (API clients; a form of another site cannot set it); a request without a session
 * identity; the participant's API {@code /api/v1/sign/{token}/...}, which the link's token
 * authenticates, not the cookie; and the safe methods.
 */
public class CrossSiteRequestFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Inject PortalConfig config;
  @Inject Texts texts;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!needsCheck(request.getMethod(), path, request)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<String> refusal =
        refusal(
            texts,
            request.getHeader("Origin"),
            request.getHeader("Sec-Fetch-Site"),
            CsrfToken.matches(request.getSession(false), request.getHeader(CsrfToken.HEADER)),
            ownOrigins(
                Origins.of(config.baseUrl()).orElse(""),
                Origins.of(request.getScheme(), request.getServerName(), request.getServerPort())));
    if (refusal.isPresent()) {
      Problems.write(
          response,
          HttpServletResponse.SC_FORBIDDEN,
          "csrf",
          texts.text("problem.title.csrf"),
          refusal.get());
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean needsCheck(String method, String path, HttpServletRequest request) {
    return !SAFE_METHODS.contains(method.toUpperCase(java.util.Locale.ROOT))
        && !path.startsWith("/api/v1/sign/")
        && request.getHeader("Authorization") == null
        && request.getUserPrincipal() != null;
  }

  /**
   * The portal's origins: of its public address and of the request's own, which are one and the
   * same when the portal is reached at its public address (Set.of would refuse the duplicate).
   */
  static Set<String> ownOrigins(String publicOrigin, String requestOrigin) {
    return Stream.of(publicOrigin, requestOrigin).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Why a state-changing request authenticated by the session cookie is refused, if it is.
   *
   * @param texts the words, in the request's language
   * @param origin the {@code Origin} header, or null
   * @param fetchSite the {@code Sec-Fetch-Site} header, or null
   * @param tokenMatches whether the request carries the session's token
   * @param ownOrigins the portal's origins: of its public address and of the request's own
   */
  static Optional<String> refusal(
      Texts texts, String origin, String fetchSite, boolean tokenMatches, Set<String> ownOrigins) {
    if (origin != null && !Origins.of(origin).map(ownOrigins::contains).orElse(false)) {
      return Optional.of(texts.text("problem.detail.csrf.origin", origin));
    }
    if (fetchSite != null && !fetchSite.strip().equalsIgnoreCase("same-origin")) {
      return Optional.of(texts.text("problem.detail.csrf.fetch-site", fetchSite));
    }
    if (!tokenMatches) {
      return Optional.of(texts.text("problem.detail.csrf.token", CsrfToken.HEADER));
    }
    return Optional.empty();
  }
}
