package org.paraph.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProbesTest {

  @AfterEach
  void forget() {
    Probes.unregister("database");
  }

  @Test
  void beforeThePortalRegistersItsProbeACheckIsDown() {
    ProbeResult result = ProbeCheck.result("database");

    assertFalse(result.up());
    assertEquals("the portal has not started", result.data().get("reason"));
    assertFalse(Probes.any());
  }

  @Test
  void aRegisteredProbeIsAskedEachTime() {
    int[] asked = {0};
    Probes.register(probe(() -> ProbeResult.up(Map.of("asked", (long) ++asked[0]))));

    assertEquals(1L, ProbeCheck.result("database").data().get("asked"));
    assertEquals(2L, ProbeCheck.result("database").data().get("asked"));
    assertTrue(Probes.any());
  }

  @Test
  void aProbeThatThrowsIsDownWithWhatItThrew() {
    Probes.register(
        probe(
            () -> {
              throw new IllegalStateException("pool closed");
            }));

    ProbeResult result = ProbeCheck.result("database");

    assertFalse(result.up());
    assertEquals("IllegalStateException: pool closed", result.data().get("reason"));
  }

  @Test
  void aValueIsTextANumberOrAYesOrNo() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ProbeResult.up(Map.of("when", java.time.Instant.EPOCH)));
  }

  private static Probe probe(java.util.function.Supplier<ProbeResult> answer) {
    return new Probe() {
      @Override
      public String name() {
        return "database";
      }

      @Override
      public ProbeResult check() {
        return answer.get();
      }
    };
  }
}
