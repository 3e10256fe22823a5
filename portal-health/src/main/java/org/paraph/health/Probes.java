package org.paraph.health;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The probes the running portal registered. WildFly finds health checks only in the EAR's top-level
 * bean archives, not in its EJB or web module (WFLY-12835): the checks live in this jar, in the
 * EAR's {@code lib}, which every module sees, and the portal, in its EJB module, puts its probes
 * here at start and takes them away at undeploy. One EAR per server, so one registry.
 */
public final class Probes {

  private static final Map<String, Probe> REGISTERED = new ConcurrentHashMap<>();

  private Probes() {}

  public static void register(Probe probe) {
    REGISTERED.put(probe.name(), probe);
  }

  public static void unregister(String name) {
    REGISTERED.remove(name);
  }

  static Optional<Probe> named(String name) {
    return Optional.ofNullable(REGISTERED.get(name));
  }

  static boolean any() {
    return !REGISTERED.isEmpty();
  }
}
