package org.paraph.shared.infrastructure;

import static java.util.Locale.ENGLISH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.paraph.shared.infrastructure.OutboundGuard.RefusedAddressException;

/**
 * The operator's allowance (PARAPH_FETCH_ALLOW): hosts and networks reachable although internal,
 * and nothing else. Only literals are resolved here, so no name server is asked.
 */
class OutboundGuardTest {

  @Test
  void withoutAllowanceEveryInternalFormIsRefusedAndTheMessageSaysWhatToSet() {
    OutboundGuard strict = OutboundGuard.strict();
    for (String host :
        new String[] {
          "100.64.0.1", "198.18.0.1", "[64:ff9b::7f00:1]", "[::ffff:127.0.0.1]", "224.0.0.1",
          "127.0.0.1", "[::1]", "0.0.0.0", "[fe80::1]", "[fd00::1]"
        }) {
      RefusedAddressException refused =
          assertThrows(RefusedAddressException.class, () -> strict.resolve(host), host);
      assertTrue(refused.getMessage().contains("PARAPH_FETCH_ALLOW="), refused::getMessage);
    }
  }

  @Test
  void aListedAddressOrNetworkIsAllowedAndItsNeighboursAreNot() throws UnknownHostException {
    OutboundGuard guard = OutboundGuard.of(false, " 127.0.0.1 , 10.20.0.0/16,fd00:1::/64");

    assertEquals(InetAddress.getByName("127.0.0.1"), guard.resolve("127.0.0.1")[0]);
    guard.resolve("10.20.255.255");
    guard.resolve("[fd00:1::7]");
    // The mapped form of a listed address is the same address.
    guard.resolve("[::ffff:127.0.0.1]");

    assertThrows(RefusedAddressException.class, () -> guard.resolve("127.0.0.2"));
    assertThrows(RefusedAddressException.class, () -> guard.resolve("10.21.0.0"));
    assertThrows(RefusedAddressException.class, () -> guard.resolve("[fd00:2::7]"));
    assertThrows(RefusedAddressException.class, () -> guard.resolve("169.254.169.254"));
  }

  @Test
  void theGlobalSwitchAllowsEverything() throws UnknownHostException {
    OutboundGuard open = OutboundGuard.of(true, "");
    open.resolve("127.0.0.1");
    open.resolve("[fe80::1]");
  }

  @Test
  void onlyHttpAddressesAreFollowed() {
    OutboundGuard open = OutboundGuard.of(true, "");
    assertTrue(
        open.refusal("ldap://127.0.0.1/cn=x").orElseThrow().in(ENGLISH).contains("not an http(s)"));
    assertTrue(
        open.refusal("file:///etc/passwd").orElseThrow().in(ENGLISH).contains("not an http(s)"));
    assertTrue(open.refusal("http://[::1]:8080/x").isEmpty());
  }

  @Test
  void aMistypedEntryIsRefusedAtStartNotIgnored() {
    assertThrows(IllegalArgumentException.class, () -> OutboundGuard.of(false, "10.0.0.0/33"));
    assertThrows(IllegalArgumentException.class, () -> OutboundGuard.of(false, "10.0.0.0/x"));
    assertThrows(IllegalArgumentException.class, () -> OutboundGuard.of(false, "http://tsa/"));
    assertThrows(IllegalArgumentException.class, () -> OutboundGuard.of(false, "256.1.1.1"));
  }
}
