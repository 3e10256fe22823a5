package org.paraph.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The address table, written out independently of the code: for each range of the IANA
 * special-purpose registries (and multicast, reserved, non-global IPv6), addresses inside are
 * refused and the first addresses outside, on either side, are allowed. Where the neighbour of a
 * range lies in another refused range, that side is left out (the other range's row covers it).
 * Only literals: no name is looked up, nothing is connected to.
 */
class SpecialAddressesTest {

  @ParameterizedTest(name = "{0}: {1} and {2} refused")
  @CsvSource({
    // range,              first inside,     last inside
    "0.0.0.0/8,            0.0.0.0,          0.255.255.255",
    "10.0.0.0/8,           10.0.0.0,         10.255.255.255",
    "100.64.0.0/10,        100.64.0.1,       100.127.255.255",
    "127.0.0.0/8,          127.0.0.1,        127.255.255.255",
    "169.254.0.0/16,       169.254.169.254,  169.254.255.255",
    "172.16.0.0/12,        172.16.0.0,       172.31.255.255",
    "192.0.0.0/24,         192.0.0.0,        192.0.0.255",
    "192.0.2.0/24,         192.0.2.0,        192.0.2.255",
    "192.88.99.0/24,       192.88.99.0,      192.88.99.255",
    "192.168.0.0/16,       192.168.0.0,      192.168.255.255",
    "198.18.0.0/15,        198.18.0.1,       198.19.255.255",
    "198.51.100.0/24,      198.51.100.0,     198.51.100.255",
    "203.0.113.0/24,       203.0.113.0,      203.0.113.255",
    "224.0.0.0/4,          224.0.0.1,        239.255.255.255",
    "240.0.0.0/4,          240.0.0.1,        255.255.255.254",
    "255.255.255.255/32,   255.255.255.255,  255.255.255.255",
    "::/128,               ::,               ::",
    "::1/128,              ::1,              ::1",
    "::/96 IPv4-compatible, ::7f00:1,        ::ffff:ffff",
    "64:ff9b:1::/48,       64:ff9b:1::1,     64:ff9b:1:ffff:ffff:ffff:ffff:ffff",
    "100::/64,             100::,            100::ffff:ffff:ffff:ffff",
    "2001::/32 Teredo,     2001::1,          2001:0:ffff:ffff:ffff:ffff:ffff:ffff",
    "2001::/23,            2001:100::1,      2001:1ff:ffff:ffff:ffff:ffff:ffff:ffff",
    "2001:db8::/32,        2001:db8::1,      2001:db8:ffff:ffff:ffff:ffff:ffff:ffff",
    "2002::/16 6to4,       2002:808:808::1,  2002:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
    "3fff::/20,            3fff::1,          3fff:fff:ffff:ffff:ffff:ffff:ffff:ffff",
    "fc00::/7,             fc00::1,          fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
    "fe80::/10,            fe80::1,          febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
    "fec0::/10,            fec0::1,          feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
    "ff00::/8,             ff02::1,          ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
    "outside 2000::/3,     1fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, 4000::",
    "NAT64 of loopback,    64:ff9b::7f00:1,  64:ff9b::7fff:ffff",
    "NAT64 of shared,      64:ff9b::6440:1,  64:ff9b::a00:1",
    "IPv4-mapped,          ::ffff:127.0.0.1, ::ffff:198.18.0.1",
    "IPv4-mapped multicast, ::ffff:224.0.0.1, ::ffff:255.255.255.255",
  })
  void insideIsRefused(String range, String first, String last) {
    assertRefused(first);
    assertRefused(last);
  }

  @ParameterizedTest(name = "{0}: {1} allowed")
  @CsvSource({
    // range,              first address outside (either side)
    "0.0.0.0/8,            1.0.0.0",
    "10.0.0.0/8,           9.255.255.255",
    "10.0.0.0/8,           11.0.0.0",
    "100.64.0.0/10,        100.63.255.255",
    "100.64.0.0/10,        100.128.0.0",
    "127.0.0.0/8,          126.255.255.255",
    "127.0.0.0/8,          128.0.0.0",
    "169.254.0.0/16,       169.253.255.255",
    "169.254.0.0/16,       169.255.0.0",
    "172.16.0.0/12,        172.15.255.255",
    "172.16.0.0/12,        172.32.0.0",
    "192.0.0.0/24,         191.255.255.255",
    "192.0.0.0/24,         192.0.1.0",
    "192.0.2.0/24,         192.0.3.0",
    "192.88.99.0/24,       192.88.98.255",
    "192.88.99.0/24,       192.88.100.0",
    "192.168.0.0/16,       192.167.255.255",
    "192.168.0.0/16,       192.169.0.0",
    "198.18.0.0/15,        198.17.255.255",
    "198.18.0.0/15,        198.20.0.0",
    "198.51.100.0/24,      198.51.99.255",
    "198.51.100.0/24,      198.51.101.0",
    "203.0.113.0/24,       203.0.112.255",
    "203.0.113.0/24,       203.0.114.0",
    "224.0.0.0/4,          223.255.255.255",
    "2001::/23,            2000:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
    "2001::/23,            2001:200::",
    "2001:db8::/32,        2001:db7:ffff:ffff:ffff:ffff:ffff:ffff",
    "2001:db8::/32,        2001:db9::",
    "2002::/16,            2003::",
    "3fff::/20,            3ffe:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
    "3fff::/20,            3fff:1000::",
    "global unicast,       2000::",
    "global unicast,       3fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
    "public IPv4,          8.8.8.8",
    "public IPv6,          2a00:1450:4007:80e::200e",
    "NAT64 of public,      64:ff9b::808:808",
    "IPv4-mapped public,   ::ffff:8.8.8.8",
    "AS112 is global,      192.31.196.1",
  })
  void theFirstAddressOutsideIsAllowed(String range, String outside) {
    Optional<String> why = SpecialAddresses.whySpecial(SpecialAddresses.address(outside));
    assertTrue(why.isEmpty(), () -> outside + " refused: " + why.orElse(""));
  }

  @Test
  void theReasonNamesTheMostPreciseRange() {
    assertEquals(
        Optional.of("in 127.0.0.0/8, loopback"),
        SpecialAddresses.whySpecial(SpecialAddresses.address("127.0.0.1")));
    assertEquals(
        Optional.of("in 2001::/32, Teredo"),
        SpecialAddresses.whySpecial(SpecialAddresses.address("2001::1")));
    assertEquals(
        Optional.of("in 64:ff9b::/96, NAT64 of an IPv4 address in 127.0.0.0/8, loopback"),
        SpecialAddresses.whySpecial(SpecialAddresses.address("64:ff9b::7f00:1")));
    assertEquals(
        Optional.of("in 100.64.0.0/10, shared address space, carrier-grade NAT"),
        SpecialAddresses.whySpecial(SpecialAddresses.address("::ffff:100.64.0.1")));
  }

  @Test
  void theJdksOwnFormsOfAnAddressAreJudgedAlike() throws Exception {
    // The JDK turns an IPv4-mapped literal into IPv4 itself; either form is refused.
    assertRefused(InetAddress.getByName("::ffff:127.0.0.1"));
    assertRefused(InetAddress.getByName("[::1]".replace("[", "").replace("]", "")));
    assertTrue(SpecialAddresses.whySpecial(InetAddress.getByName("9.9.9.9")).isEmpty());
  }

  @Test
  void aNameIsNoLiteral() {
    assertThrows(IllegalArgumentException.class, () -> SpecialAddresses.address("localhost"));
  }

  private static void assertRefused(String literal) {
    assertRefused(SpecialAddresses.address(literal));
  }

  private static void assertRefused(InetAddress address) {
    assertTrue(SpecialAddresses.whySpecial(address).isPresent(), () -> address + " is let through");
  }
}
