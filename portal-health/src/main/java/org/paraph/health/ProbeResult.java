package org.paraph.health;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether a part works, and what an operator reads to see why ({@code "reason"}, counts, ages):
 * values are text, whole numbers or yes/no, as MicroProfile Health carries them.
 */
public record ProbeResult(boolean up, Map<String, Object> data) {

  public ProbeResult {
    for (Object value : data.values()) {
      if (!(value instanceof String || value instanceof Long || value instanceof Boolean)) {
        throw new IllegalArgumentException("a health value is text, a long or a boolean: " + value);
      }
    }
    data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
  }

  public static ProbeResult up(Map<String, Object> data) {
    return new ProbeResult(true, data);
  }

  public static ProbeResult down(Map<String, Object> data) {
    return new ProbeResult(false, data);
  }

  /** Down, saying why in the operator's terms. */
  public static ProbeResult down(String reason) {
    return down(Map.of("reason", reason));
  }
}
