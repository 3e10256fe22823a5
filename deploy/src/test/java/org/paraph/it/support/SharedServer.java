package org.paraph.it.support;

import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives system tests the one server that all of them share in a run: started before the first test
 * that asks for it, stopped when the run ends.
 */
public final class SharedServer implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == ParaphServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(SharedServer.class, key -> start(), Running.class)
        .server();
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

  /** Closed by JUnit when the root context closes, at the end of the run. */
  private record Running(ParaphServer server) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      server.close();
    }
  }
}
