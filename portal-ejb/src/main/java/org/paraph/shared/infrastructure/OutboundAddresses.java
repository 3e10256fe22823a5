package org.paraph.shared.infrastructure;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where the portal may connect on a client's say-so (a document URL, a callback URL, a CRL or OCSP
 * address in an uploaded certificate): http(s) only, and never loopback, link-local or private
 * addresses unless the operator allows them, so that a request cannot make the portal reach its own
 * network.
 *
 * <p>{@link #refusal} checks a URL before a request. It resolves the name itself, so a client that
 * then resolves it again could be sent elsewhere by a name server answering differently the second
 * time (DNS rebinding). A client that can take its addresses from a resolver should use {@link
 * #resolve} as that resolver: the addresses checked are then the addresses connected to.
 */
public final class OutboundAddresses {

  private OutboundAddresses() {}

  /**
   * A host the portal refuses to connect to; an UnknownHostException so HTTP clients pass it on.
   */
  public static final class RefusedAddressException extends UnknownHostException {

    private static final long serialVersionUID = 1L;

    RefusedAddressException(String reason) {
      super(reason);
    }
  }

  /** Why the portal refuses this address, or empty when it may connect. */
  public static Optional<String> refusal(String url, boolean allowPrivate) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      return Optional.of("'" + url + "' is not a valid address.");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      return Optional.of("'" + url + "' is not an http(s) address.");
    }
    if (allowPrivate) {
      return Optional.empty();
    }
    try {
      resolve(uri.getHost(), false);
    } catch (RefusedAddressException e) {
      return Optional.of(e.getMessage());
    } catch (UnknownHostException e) {
      return Optional.of(uri.getHost() + " is not a known host.");
    }
    return Optional.empty();
  }

  /**
   * Resolves a host name once and returns its addresses, all of which the portal may connect to.
   *
   * @throws RefusedAddressException when any of them is loopback, link-local or private and that is
   *     not allowed: one bad address is enough, a client could pick it
   * @throws UnknownHostException when the name does not resolve
   */
  public static InetAddress[] resolve(String host, boolean allowPrivate)
      throws UnknownHostException {
    // IPv6 literals come from URIs in brackets.
    String name =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    InetAddress[] addresses = InetAddress.getAllByName(name);
    if (!allowPrivate) {
      for (InetAddress address : addresses) {
        if (isInternal(address)) {
          throw new RefusedAddressException(
              host
                  + " is a private, loopback or link-local address; the portal does not connect"
                  + " there unless PARAPH_FETCH_ALLOW_PRIVATE=true.");
        }
      }
    }
    return addresses;
  }

  private static boolean isInternal(InetAddress address) {
    return address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || isUniqueLocal(address);
  }

  // IPv6 unique local addresses (fc00::/7), which isSiteLocalAddress does not cover.
  private static boolean isUniqueLocal(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
  }
}
