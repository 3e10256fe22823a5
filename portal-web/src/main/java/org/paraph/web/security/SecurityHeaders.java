package org.paraph.web.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every answer of the portal carries, pages, API, static resources and error pages
 * alike: they tell the browser not to frame the portal (clickjacking), not to guess content types,
 * not to run scripts from anywhere but the portal itself, and how much of an address to give other
 * sites.
 */
public final class SecurityHeaders {

  /**
   * The Content-Security-Policy of every answer. {@code script-src} comes last: on a page,
   * PrimeFaces appends that page's nonce to this text (context parameter {@code
   * primefaces.CSP_POLICY}), so its own inline scripts run and no other inline script does. Styles
   * may be inline: PrimeFaces' widgets and the pages' colours set {@code style} attributes.
   */
  public static final String CONTENT_SECURITY_POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "img-src 'self' data: blob:",
          "font-src 'self' data:",
          "style-src 'self' 'unsafe-inline'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'",
          "script-src 'self'");

  /** One year: the usual value, long enough that a browser keeps to https between visits. */
  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

  private SecurityHeaders() {}

  /**
   * The headers for an answer to a path of this application (without its context path).
   *
   * @param https whether the answer goes over https, or the portal's public address is https (the
   *     TLS then ends at a proxy in front of it)
   */
  public static Map<String, String> forPath(String path, boolean https) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Referrer-Policy", carriesParticipantLink(path) ? "no-referrer" : "same-origin");
    if (https) {
      headers.put("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
    return headers;
  }

  /**
   * The participant's pages and their API have the link in their address: it is the participant's
   * credential, so no referrer at all, not even to the portal itself.
   */
  static boolean carriesParticipantLink(String path) {
    return path.startsWith("/sign/")
        || path.startsWith("/participant/")
        || path.startsWith("/api/v1/sign/");
  }
}
