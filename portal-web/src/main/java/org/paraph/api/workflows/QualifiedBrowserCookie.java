package org.paraph.api.workflows;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.paraph.workflows.domain.Participant;

/**
 * The cookie that binds a qualified signature started on the portal's own participant page to that
 * browser: set when the page sends the browser to the trust service, required by the callback it
 * comes back to, removed there. {@code HttpOnly} (no script needs it), {@code SameSite=Lax} (the
 * trust service's redirect is a top-level navigation, which Lax lets through), {@code Secure} when
 * the portal is served over https, and sent only to the callback's path.
 */
public final class QualifiedBrowserCookie {

  static final String NAME = "paraph-qualified";
  private static final String CALLBACK_PATH = "/api/v1/sign/qualified/callback";
  private static final Duration LIFETIME = Participant.QUALIFIED_AUTHORIZATION_VALIDITY;

  private QualifiedBrowserCookie() {}

  public static void set(
      HttpServletRequest request, HttpServletResponse response, String value, boolean https) {
    response.addHeader("Set-Cookie", header(request, value, LIFETIME.toSeconds(), https));
  }

  static void clear(HttpServletRequest request, HttpServletResponse response, boolean https) {
    response.addHeader("Set-Cookie", header(request, "", 0, https));
  }

  /** The value the browser sent back, or null. */
  static String read(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie cookie : cookies) {
      if (NAME.equals(cookie.getName())) {
        return cookie.getValue();
      }
    }
    return null;
  }

  // Written by hand: the servlet Cookie API of this container has no reliable SameSite.
  private static String header(
      HttpServletRequest request, String value, long maxAgeSeconds, boolean https) {
    return NAME
        + "="
        + value
        + "; Path="
        + request.getContextPath()
        + CALLBACK_PATH
        + "; Max-Age="
        + maxAgeSeconds
        + "; HttpOnly; SameSite=Lax"
        + (https ? "; Secure" : "");
  }
}
