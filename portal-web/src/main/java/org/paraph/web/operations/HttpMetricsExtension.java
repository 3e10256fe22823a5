package org.paraph.web.operations;

import io.undertow.server.ExchangeCompletionListener;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;
import java.time.Duration;

/**
 * Measures every answer of the portal's listener when its exchange completes, whatever wrote it:
 * also the answers the authentication mechanism writes before any servlet filter runs (a refused
 * password's 401) and the container's own. An Undertow extension (registered in {@code
 * META-INF/services}) for that reason; the meter comes from {@link HttpMetricsStartup} once the
 * application has started.
 */
public class HttpMetricsExtension implements ServletExtension {

  static final String METER_ATTRIBUTE = HttpRequestMeter.class.getName();

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
    int contextLength = servletContext.getContextPath().length();
    deployment.addOuterHandlerChainWrapper(
        next ->
            exchange -> {
              long started = System.nanoTime();
              ExchangeCompletionListener measure =
                  (done, nextListener) -> {
                    try {
                      if (servletContext.getAttribute(METER_ATTRIBUTE)
                          instanceof HttpRequestMeter meter) {
                        meter.answered(
                            done.getRequestMethod().toString(),
                            done.getStatusCode(),
                            done.getRequestPath().substring(contextLength),
                            Duration.ofNanos(System.nanoTime() - started));
                      }
                    } finally {
                      nextListener.proceed();
                    }
                  };
              exchange.addExchangeCompleteListener(measure);
              next.handleRequest(exchange);
            });
  }
}
