package org.paraph.shared.infrastructure;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The addresses the portal never connects to on its own: those of the IANA IPv4 and IPv6
 * special-purpose address registries that are not globally reachable, multicast, and everything
 * outside IPv6 global unicast (2000::/3). An address that carries an IPv4 address (IPv4-mapped
 * ::ffff:0:0/96, the NAT64 well-known prefix 64:ff9b::/96) is judged by the IPv4 address it leads
 * to, so that [::ffff:127.0.0.1] or [64:ff9b::7f00:1] cannot stand in for 127.0.0.1.
 *
 * <p>Left reachable on purpose: the anycast services the IPv4 registry marks globally reachable
 * (AS112 192.31.196.0/24 and 192.175.48.0/24, AMT 192.52.193.0/24). 2001::/23 is refused whole,
 * Teredo included, although a few of its assignments are globally reachable: no HTTP service the
 * portal talks to lives there. 6to4 (2002::/16) is deprecated (RFC 7526) and refused whole.
 */
public final class SpecialAddresses {

  private SpecialAddresses() {}

  /** A range of the table: the first one that contains an address names it. */
  private record Range(byte[] network, int prefixLength, String cidr, String name) {

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int fullBytes = prefixLength / 8;
      for (int i = 0; i < fullBytes; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = prefixLength % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (address[fullBytes] & mask) == (network[fullBytes] & mask);
    }
  }

  // More specific ranges first, so that the refusal names the most precise one.
  private static final List<Range> IPV4 =
      List.of(
          range("0.0.0.0/8", "\"this network\""),
          range("10.0.0.0/8", "private use"),
          range("100.64.0.0/10", "shared address space, carrier-grade NAT"),
          range("127.0.0.0/8", "loopback"),
          range("169.254.0.0/16", "link-local"),
          range("172.16.0.0/12", "private use"),
          range("192.0.0.0/24", "IETF protocol assignments"),
          range("192.0.2.0/24", "documentation, TEST-NET-1"),
          range("192.88.99.0/24", "6to4 relay anycast, deprecated"),
          range("192.168.0.0/16", "private use"),
          range("198.18.0.0/15", "benchmarking"),
          range("198.51.100.0/24", "documentation, TEST-NET-2"),
          range("203.0.113.0/24", "documentation, TEST-NET-3"),
          range("224.0.0.0/4", "multicast"),
          range("255.255.255.255/32", "limited broadcast"),
          range("240.0.0.0/4", "reserved"));

  private static final List<Range> IPV6 =
      List.of(
          range("::/128", "unspecified"),
          range("::1/128", "loopback"),
          range("::/96", "IPv4-compatible, deprecated"),
          range("64:ff9b:1::/48", "NAT64 local use"),
          range("100::/64", "discard only"),
          range("100:0:0:1::/64", "dummy prefix"),
          range("2001::/32", "Teredo"),
          range("2001::/23", "IETF protocol assignments"),
          range("2001:db8::/32", "documentation"),
          range("2002::/16", "6to4"),
          range("3fff::/20", "documentation"),
          range("5f00::/16", "segment routing (SRv6) identifiers"),
          range("fc00::/7", "unique local"),
          range("fe80::/10", "link-local"),
          range("fec0::/10", "site-local, deprecated"),
          range("ff00::/8", "multicast"),
          // Only 2000::/3 is allocated for global unicast; everything else is reserved.
          range("::/3", "not global unicast"),
          range("4000::/2", "not global unicast"),
          range("8000::/1", "not global unicast"));

  private static final Range IPV4_MAPPED = range("::ffff:0:0/96", "IPv4-mapped");
  private static final Range NAT64 = range("64:ff9b::/96", "NAT64");

  /**
   * Why the portal does not connect to this address, e.g. {@code "in 127.0.0.0/8, loopback"}, or
   * empty when it is an ordinary public address.
   */
  public static Optional<String> whySpecial(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (bytes.length == 16 && IPV4_MAPPED.contains(bytes)) {
      return whySpecialIpv4(Arrays.copyOfRange(bytes, 12, 16));
    }
    if (bytes.length == 16 && NAT64.contains(bytes)) {
      return whySpecialIpv4(Arrays.copyOfRange(bytes, 12, 16))
          .map(why -> "in 64:ff9b::/96, NAT64 of an IPv4 address " + why);
    }
    return first(bytes.length == 4 ? IPV4 : IPV6, bytes);
  }

  private static Optional<String> whySpecialIpv4(byte[] ipv4) {
    return first(IPV4, ipv4);
  }

  private static Optional<String> first(List<Range> table, byte[] bytes) {
    return table.stream()
        .filter(range -> range.contains(bytes))
        .findFirst()
        .map(range -> "in " + range.cidr() + ", " + range.name());
  }

  /**
   * The address a textual IPv4 or IPv6 literal stands for, with no name lookup; an IPv4-mapped IPv6
   * literal stays IPv6 (the JDK would turn it into IPv4), so that it keeps its meaning.
   *
   * @throws IllegalArgumentException when the text is no address literal
   */
  static byte[] literal(String text) {
    String bare =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    if (!isLiteral(bare)) {
      throw new IllegalArgumentException("'" + text + "' is no IP address");
    }
    try {
      InetAddress address = InetAddress.getByName(bare);
      if (bare.contains(":") && address instanceof Inet4Address) {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(address.getAddress(), 0, mapped, 12, 4);
        return mapped;
      }
      return address.getAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("'" + text + "' is no IP address", e);
    }
  }

  /** Whether the text is an IP address literal (so that parsing it asks no name server). */
  static boolean isLiteral(String text) {
    return text.contains(":") || text.matches("[0-9.]+");
  }

  /** A network given as {@code address/prefix-length}, or a single address. */
  static Cidr cidr(String text) {
    int slash = text.indexOf('/');
    byte[] network = literal(slash < 0 ? text : text.substring(0, slash));
    int bits = network.length * 8;
    int prefix;
    try {
      prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' has no valid prefix length", e);
    }
    if (prefix < 0 || prefix > bits) {
      throw new IllegalArgumentException("'" + text + "' has a prefix length outside 0 to " + bits);
    }
    return new Cidr(new Range(network, prefix, text, ""));
  }

  /** A network of the operator's allowance list. */
  static final class Cidr {
    private final Range range;

    private Cidr(Range range) {
      this.range = range;
    }

    boolean contains(InetAddress address) {
      byte[] bytes = address.getAddress();
      if (range.contains(bytes)) {
        return true;
      }
      // ::ffff:a.b.c.d is a.b.c.d, whichever way either side is written.
      if (bytes.length == 16 && IPV4_MAPPED.contains(bytes)) {
        return range.contains(Arrays.copyOfRange(bytes, 12, 16));
      }
      if (bytes.length == 4) {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(bytes, 0, mapped, 12, 4);
        return range.contains(mapped);
      }
      return false;
    }

    @Override
    public String toString() {
      return range.cidr();
    }
  }

  private static Range range(String cidr, String name) {
    int slash = cidr.indexOf('/');
    byte[] network = literal(cidr.substring(0, slash));
    return new Range(network, Integer.parseInt(cidr.substring(slash + 1)), cidr, name);
  }

  /** Used by tests: an address from a literal, IPv4-mapped ones kept as IPv6. */
  static InetAddress address(String text) {
    byte[] bytes = literal(text);
    try {
      return bytes.length == 16
          ? Inet6Address.getByAddress(null, bytes, -1)
          : InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
