package org.paraph.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OriginsTest {

  @Test
  void originsAreComparedAsBrowsersCompareThem() {
    assertEquals(Optional.of("https://portal.example:443"), Origins.of("https://Portal.Example/"));
    assertEquals(Origins.of("https://portal.example:443"), Origins.of("https://portal.example"));
    assertEquals(Optional.of("http://localhost:8080"), Origins.of("http://localhost:8080/app"));
    assertEquals("http://portal.example:80", Origins.of("HTTP", "portal.example", 80));
  }

  @Test
  void somethingWithoutAHostHasNoOrigin() {
    assertEquals(Optional.empty(), Origins.of("null"));
    assertEquals(Optional.empty(), Origins.of(""));
    assertEquals(Optional.empty(), Origins.of(null));
    assertEquals(Optional.empty(), Origins.of("not a url"));
  }
}
