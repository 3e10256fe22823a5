package org.paraph.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who the client is, from the peer and X-Forwarded-For, as an attacker would try to bend it. */
class TrustedProxiesTest {

  private final TrustedProxies lb = TrustedProxies.parse(" 10.0.0.0/8, 192.0.2.7 ,fd00::/8");

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    TrustedProxies none = TrustedProxies.parse("");
    assertTrue(none.isEmpty());
    assertEquals("127.0.0.1", none.clientOf("127.0.0.1", List.of("203.0.113.9")));
  }

  @Test
  void aPeerThatIsNotATrustedProxyIsTheClientWhateverItForwards() {
    assertEquals("198.51.100.1", lb.clientOf("198.51.100.1", List.of("203.0.113.9")));
  }

  @Test
  void behindATrustedProxyTheRightMostUntrustedAddressIsTheClient() {
    assertEquals("203.0.113.9", lb.clientOf("10.1.2.3", List.of("203.0.113.9")));
    // The client wrote the left entry itself: only what our proxies appended counts.
    assertEquals("203.0.113.9", lb.clientOf("10.1.2.3", List.of("6.6.6.6, 203.0.113.9, 10.9.9.9")));
    assertEquals("203.0.113.9", lb.clientOf("10.1.2.3", List.of("6.6.6.6", "203.0.113.9")));
  }

  @Test
  void garbageInTheHeaderIsNotBelievedBeyondTheLastTrustedHop() {
    assertEquals("10.9.9.9", lb.clientOf("10.1.2.3", List.of("evil.example, 10.9.9.9")));
    assertEquals("10.1.2.3", lb.clientOf("10.1.2.3", List.of("not an address")));
    assertEquals("10.1.2.3", lb.clientOf("10.1.2.3", List.of()));
  }

  @Test
  void cidrBlocksAndSingleAddressesOfBothFamiliesAreMatched() {
    assertTrue(lb.trusts("10.255.0.1"));
    assertFalse(lb.trusts("11.0.0.1"));
    assertTrue(lb.trusts("192.0.2.7"));
    assertFalse(lb.trusts("192.0.2.8"));
    assertTrue(lb.trusts("fd12:3456::1"));
    assertFalse(lb.trusts("fe80::1"));
    assertFalse(lb.trusts("localhost"), "never a DNS lookup");
    TrustedProxies narrow = TrustedProxies.parse("172.16.0.0/12");
    assertTrue(narrow.trusts("172.31.255.255"));
    assertFalse(narrow.trusts("172.32.0.0"));
  }

  @Test
  void aWrongEntryIsNamed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/8, lb"));
    assertTrue(e.getMessage().contains("'lb'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
  }
}
