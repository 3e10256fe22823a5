package org.paraph.it.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the system tests of one JVM share for the JVM's whole life, closed when it exits. Not a
 * store of JUnit's: when failsafe spreads the classes over several JVMs, it runs each class in a
 * JUnit execution of its own, and JUnit closes its root store after each one, so a server kept
 * there would start again for every class.
 */
final class SharedForThisJvm {

  private static final Logger LOG = Logger.getLogger(SharedForThisJvm.class.getName());

  private static final Map<Class<?>, AutoCloseable> SHARED = new ConcurrentHashMap<>();

  private SharedForThisJvm() {}

  /** The one {@code T} of this JVM under {@code key}, started by the first test that asks. */
  @SuppressWarnings("unchecked")
  static <T extends AutoCloseable> T get(Class<?> key, Supplier<T> start) {
    return (T)
        SHARED.computeIfAbsent(
            key,
            k -> {
              T started = start.get();
              Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(started)));
              return started;
            });
  }

  private static void closeQuietly(AutoCloseable shared) {
    try {
      shared.close();
    } catch (Exception e) {
      LOG.log(Level.WARNING, e, () -> "Could not close " + shared);
    }
  }
}
