package org.paraph.web.security;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The token that the portal's own pages send in a header with a state-changing API request made
 * with the session cookie: a page of another site cannot read it, so it cannot send it. One per
 * session, made when a page of the session first shows it.
 */
public final class CsrfToken {

  /** The request header that carries the token. */
  public static final String HEADER = "X-Paraph-CSRF";

  private static final String ATTRIBUTE = CsrfToken.class.getName();
  private static final SecureRandom RANDOM = new SecureRandom();

  private CsrfToken() {}

  /** The session's token, made now if it has none yet. */
  public static String of(HttpSession session) {
    synchronized (session) {
      Object token = session.getAttribute(ATTRIBUTE);
      if (token instanceof String existing) {
        return existing;
      }
      byte[] random = new byte[32];
      RANDOM.nextBytes(random);
      String made = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      session.setAttribute(ATTRIBUTE, made);
      return made;
    }
  }

  /** Whether a presented value is the session's token (compared in constant time). */
  static boolean matches(HttpSession session, String presented) {
    if (session == null || presented == null) {
      return false;
    }
    Object token = session.getAttribute(ATTRIBUTE);
    return token instanceof String expected
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8),
            presented.strip().getBytes(StandardCharsets.UTF_8));
  }
}
