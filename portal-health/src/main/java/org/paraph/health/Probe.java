package org.paraph.health;

/**
 * One part of the portal that a health check asks about (the database, the data directory, the
 * seal-job queue). The portal implements it and registers it in {@link Probes} when it starts.
 */
public interface Probe {

  /** What is checked, as the health answer names it: {@code database}, {@code seal-jobs}... */
  String name();

  /** Asks now; never throws (a failure is a {@link ProbeResult#down}). */
  ProbeResult check();
}
