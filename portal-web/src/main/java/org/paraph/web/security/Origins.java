package org.paraph.web.security;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Web origins (scheme, host, port) compared as browsers compare them: {@code
 * https://Portal.example} and {@code https://portal.example:443} are one origin; {@code
 * http://portal.example} is another.
 */
final class Origins {

  private Origins() {}

  /** The origin of a URL or of an {@code Origin} header's value, or empty if it has none. */
  static Optional<String> of(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = URI.create(url.strip());
      String scheme = uri.getScheme();
      String host = uri.getHost();
      if (scheme == null || host == null) {
        return Optional.empty();
      }
      return Optional.of(of(scheme, host, uri.getPort()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The origin of a scheme, host and port ({@code -1}: the scheme's default port). */
  static String of(String scheme, String host, int port) {
    String lowerScheme = scheme.toLowerCase(Locale.ROOT);
    int effectivePort = port >= 0 ? port : defaultPort(lowerScheme);
    return lowerScheme + "://" + host.toLowerCase(Locale.ROOT) + ":" + effectivePort;
  }

  private static int defaultPort(String scheme) {
    return switch (scheme) {
      case "https" -> 443;
      case "http" -> 80;
      default -> -1;
    };
  }
}
