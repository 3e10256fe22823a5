package org.paraph.web.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The load balancers and reverse proxies whose {@code X-Forwarded-For} the portal believes, as
 * addresses or CIDR blocks ({@code PARAPH_TRUSTED_PROXIES}). Anyone can send that header: it says
 * who the client is only when the request comes from one of these, and then only its right-most
 * address that is not itself a trusted proxy counts (the ones to its left were written by the
 * client).
 */
final class TrustedProxies {

  /** An IP literal only: a host name here would cost a DNS lookup per request. */
  private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

  private final List<Block> blocks;

  private TrustedProxies(List<Block> blocks) {
    this.blocks = blocks;
  }

  static TrustedProxies none() {
    return new TrustedProxies(List.of());
  }

  /**
   * Parses a comma-separated list such as {@code 10.0.0.0/8, 192.0.2.7, fd00::/8}.
   *
   * @throws IllegalArgumentException naming the entry that is neither an address nor a CIDR block
   */
  static TrustedProxies parse(String list) {
    if (list == null || list.isBlank()) {
      return none();
    }
    List<Block> blocks = new ArrayList<>();
    for (String entry : list.split(",")) {
      String trimmed = entry.strip();
      if (!trimmed.isEmpty()) {
        blocks.add(
            Block.parse(trimmed)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "PARAPH_TRUSTED_PROXIES: '"
                                + trimmed
                                + "' is neither an IP address nor a CIDR block")));
      }
    }
    return new TrustedProxies(List.copyOf(blocks));
  }

  boolean isEmpty() {
    return blocks.isEmpty();
  }

  boolean trusts(String address) {
    return address(address).map(a -> blocks.stream().anyMatch(b -> b.contains(a))).orElse(false);
  }

  /**
   * The client's address: the direct peer, unless it is a trusted proxy; then the right-most
   * address of {@code X-Forwarded-For} (all its headers, in order) that is not a trusted proxy.
   *
   * @param peer the address the connection comes from
   * @param forwardedFor every {@code X-Forwarded-For} header of the request, in order
   */
  String clientOf(String peer, List<String> forwardedFor) {
    if (!trusts(peer)) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    for (String header : forwardedFor) {
      for (String hop : header.split(",")) {
        if (!hop.isBlank()) {
          hops.add(hop.strip());
        }
      }
    }
    String client = peer;
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (address(hop).isEmpty()) {
        // Garbage where an address should be: believe no further than the last hop we trust.
        return client;
      }
      client = hop;
      if (!trusts(hop)) {
        return hop;
      }
    }
    return client;
  }

  private static Optional<InetAddress> address(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String bare =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    if (bare.isEmpty() || !LITERAL.matcher(bare).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(bare));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  private record Block(byte[] network, int prefix) {

    static Optional<Block> parse(String text) {
      int slash = text.indexOf('/');
      Optional<InetAddress> address = address(slash < 0 ? text : text.substring(0, slash));
      if (address.isEmpty()) {
        return Optional.empty();
      }
      byte[] bytes = address.get().getAddress();
      int prefix;
      try {
        prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      if (prefix < 0 || prefix > bytes.length * 8) {
        return Optional.empty();
      }
      return Optional.of(new Block(bytes, prefix));
    }

    boolean contains(InetAddress candidate) {
      byte[] bytes = candidate.getAddress();
      if (bytes.length != network.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (bytes[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xFF << (8 - rest)) & 0xFF;
      return (bytes[full] & mask) == (network[full] & mask);
    }
  }
}
