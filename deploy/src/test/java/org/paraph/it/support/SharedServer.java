package org.paraph.it.support;

import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives system tests the one server that all of them in a test JVM share (one per JVM when {@code
 * paraph.it.forks} runs several): started before the first test that asks for it, stopped when the
 * JVM exits.
 */
public final class SharedServer implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == ParaphServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return SharedForThisJvm.get(SharedServer.class, SharedServer::start).server();
  }

  private static Running start() {
    try {
      // The test services the shared server reaches (a CSC trust service, timestamp authorities
      // and CRLs) listen on 127.0.0.1: the operator allows exactly that address, as an
      // installation lists its internal services. Other internal addresses stay refused.
      return new Running(
          ParaphServer.create("shared", Map.of("PARAPH_FETCH_ALLOW", "127.0.0.1")).start());
    } catch (Exception e) {
      throw new IllegalStateException("The shared server did not start", e);
    }
  }

  /** Closed when the JVM that ran the tests exits. */
  private record Running(ParaphServer server) implements AutoCloseable {
    @Override
    public void close() {
      server.close();
    }
  }
}
