package org.paraph.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void everyAnswerForbidsFramingSniffingAndForeignScripts() {
    Map<String, String> headers = SecurityHeaders.forPath("/admin/users.xhtml", false);
    assertEquals("DENY", headers.get("X-Frame-Options"));
    assertEquals("nosniff", headers.get("X-Content-Type-Options"));
    assertEquals("same-origin", headers.get("Referrer-Policy"));
    assertFalse(headers.containsKey("Strict-Transport-Security"), "not over plain http");
    String policy = headers.get("Content-Security-Policy");
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    assertTrue(policy.contains("object-src 'none'"), policy);
    assertTrue(policy.contains("base-uri 'self'"), policy);
    assertTrue(policy.contains("form-action 'self'"), policy);
    // PrimeFaces appends the page's nonce: script-src must be the last directive.
    assertTrue(policy.endsWith("script-src 'self'"), policy);
  }

  @Test
  void theParticipantsAddressesGiveNoReferrer() {
    for (String path :
        new String[] {"/sign/abc", "/participant/sign.xhtml", "/api/v1/sign/abc/complete"}) {
      assertEquals("no-referrer", SecurityHeaders.forPath(path, false).get("Referrer-Policy"));
    }
    assertEquals(
        "same-origin", SecurityHeaders.forPath("/signatures", false).get("Referrer-Policy"));
  }

  @Test
  void httpsAddsStrictTransportSecurity() {
    assertEquals(
        "max-age=31536000", SecurityHeaders.forPath("/", true).get("Strict-Transport-Security"));
  }
}
