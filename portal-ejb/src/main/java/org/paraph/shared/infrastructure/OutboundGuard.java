package org.paraph.shared.infrastructure;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.paraph.shared.domain.OutboundPolicy;
import org.paraph.shared.domain.ProblemText;
import org.paraph.shared.i18n.PortalTexts;

/**
 * Where the portal may connect: the one rule for every URL it fetches or posts to, whether a client
 * chose it (a document URL, a callback URL, a CRL, OCSP or issuer address in an uploaded
 * certificate) or the operator configured it (a timestamp authority, a CSC trust service, the list
 * of trusted lists, the SMS gateway). http(s) only, and never an address of the {@linkplain
 * SpecialAddresses special-purpose ranges} (loopback, private, link-local, shared, multicast,
 * reserved...), so that a request cannot make the portal reach its own network; except the hosts
 * and networks the operator lists in {@code PARAPH_FETCH_ALLOW}, or every address with {@code
 * PARAPH_FETCH_ALLOW_PRIVATE=true}.
 *
 * <p>{@link #refusal} checks a URL before a request, so that a request can be refused with a clear
 * reason at once. It resolves the name itself, so a client that then resolves it again could be
 * sent elsewhere by a name server answering differently the second time (DNS rebinding). Every
 * client therefore takes its addresses from {@link #resolve} (see {@link GuardedHttp}): the
 * addresses checked are then the addresses connected to. Immutable and thread-safe.
 */
public final class OutboundGuard implements OutboundPolicy {

  /** The variable that lists the hosts and networks allowed although internal. */
  public static final String ALLOW_VARIABLE = "PARAPH_FETCH_ALLOW";

  private final boolean allowPrivate;
  private final Set<String> allowedHosts;
  private final List<SpecialAddresses.Cidr> allowedNetworks;

  private OutboundGuard(
      boolean allowPrivate, Set<String> allowedHosts, List<SpecialAddresses.Cidr> networks) {
    this.allowPrivate = allowPrivate;
    this.allowedHosts = Set.copyOf(allowedHosts);
    this.allowedNetworks = List.copyOf(networks);
  }

  /**
   * @param allowPrivate {@code PARAPH_FETCH_ALLOW_PRIVATE}: every address may be reached
   * @param allowList {@code PARAPH_FETCH_ALLOW}: comma-separated host names (matched exactly, case
   *     aside), IP addresses and networks ({@code 10.20.0.0/16}, {@code fd00:1::/64}) that may be
   *     reached although internal
   * @throws IllegalArgumentException when an entry is neither a host name nor a valid network
   */
  public static OutboundGuard of(boolean allowPrivate, String allowList) {
    List<String> hosts = new ArrayList<>();
    List<SpecialAddresses.Cidr> networks = new ArrayList<>();
    for (String raw : allowList == null ? new String[0] : allowList.split(",")) {
      String entry = raw.strip().toLowerCase(Locale.ROOT);
      if (entry.isEmpty()) {
        continue;
      }
      if (entry.contains("/") || SpecialAddresses.isLiteral(entry)) {
        networks.add(SpecialAddresses.cidr(entry));
      } else if (entry.matches("[a-z0-9]([a-z0-9.-]*[a-z0-9])?")) {
        hosts.add(entry);
      } else {
        throw new IllegalArgumentException(
            "'" + raw.strip() + "' is neither a host name nor an IP address or network");
      }
    }
    return new OutboundGuard(allowPrivate, Set.copyOf(hosts), networks);
  }

  /** The strict guard: no internal address at all. */
  public static OutboundGuard strict() {
    return of(false, "");
  }

  /**
   * A host the portal refuses to connect to; an UnknownHostException so HTTP clients pass it on.
   */
  public static final class RefusedAddressException extends UnknownHostException {

    private static final long serialVersionUID = 1L;

    private final ProblemText reason;

    RefusedAddressException(ProblemText reason) {
      super(reason.in(PortalTexts.DEFAULT));
      this.reason = reason;
    }

    /** Why, in the core's bundle's words; the message is the same in English. */
    public ProblemText reason() {
      return reason;
    }
  }

  /** Why the portal refuses this URL, or empty when it may connect. */
  @Override
  public Optional<ProblemText> refusal(String url) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      return Optional.of(ProblemText.of("problem.outbound.invalid-address", url));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      return Optional.of(ProblemText.of("problem.outbound.not-http", url));
    }
    try {
      resolve(uri.getHost());
    } catch (RefusedAddressException e) {
      return Optional.of(e.reason());
    } catch (UnknownHostException e) {
      return Optional.of(ProblemText.of("problem.outbound.unknown-host", uri.getHost()));
    }
    return Optional.empty();
  }

  /**
   * Resolves a host name once and returns its addresses, all of which the portal may connect to.
   *
   * @throws RefusedAddressException when any of them is internal and not allowed: one bad address
   *     is enough, a client could pick it
   * @throws UnknownHostException when the name does not resolve
   */
  public InetAddress[] resolve(String host) throws UnknownHostException {
    // IPv6 literals come from URIs in brackets.
    String name =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    InetAddress[] addresses =
        SpecialAddresses.isLiteral(name)
            ? new InetAddress[] {literal(name)}
            : InetAddress.getAllByName(name);
    if (allowPrivate || allowedHosts.contains(name.toLowerCase(Locale.ROOT))) {
      return addresses;
    }
    for (InetAddress address : addresses) {
      if (allowedNetworks.stream().anyMatch(network -> network.contains(address))) {
        continue;
      }
      Optional<String> why = SpecialAddresses.whySpecial(address);
      if (why.isPresent()) {
        throw new RefusedAddressException(refusalMessage(name, address, why.get()));
      }
    }
    return addresses;
  }

  private static InetAddress literal(String name) throws UnknownHostException {
    try {
      return SpecialAddresses.address(name);
    } catch (IllegalArgumentException e) {
      throw new UnknownHostException(name);
    }
  }

  /**
   * @param why the special-purpose block the address is in, as {@link SpecialAddresses} names it
   *     after the IANA registries ("in 127.0.0.0/8, loopback"): a technical reference, kept as is
   */
  private static ProblemText refusalMessage(String host, InetAddress address, String why) {
    String shown = address.getHostAddress();
    String where = shown.equalsIgnoreCase(host) ? host : host + " (" + shown + ")";
    return ProblemText.of("problem.outbound.internal", where, why, ALLOW_VARIABLE, host);
  }

  @Override
  public String toString() {
    return allowPrivate
        ? "every address allowed"
        : "internal addresses refused, except "
            + (allowedHosts.isEmpty() && allowedNetworks.isEmpty()
                ? "none"
                : String.join(
                    ", ",
                    concat(
                        allowedHosts.stream().sorted().toList(),
                        allowedNetworks.stream().map(Object::toString).toList())));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
