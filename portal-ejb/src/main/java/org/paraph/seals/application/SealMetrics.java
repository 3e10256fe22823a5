package org.paraph.seals.application;

import java.time.Duration;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealUse;

/** Where each attempt to seal is counted and timed, for the operator's metrics. */
public interface SealMetrics {

  /** The seal name counted when the attempt failed before its seal was known. */
  String NO_SEAL = "none";

  /**
   * @param sealName the seal's name, or {@link #NO_SEAL}
   * @param level the level applied, or asked when it failed; null when not known
   */
  void record(SealUse use, String sealName, SealLevel level, SealResult result, Duration took);
}
