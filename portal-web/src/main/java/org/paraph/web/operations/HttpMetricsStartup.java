package org.paraph.web.operations;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Hands the portal's metrics registry to {@link HttpMetricsExtension} when the portal starts. */
@WebListener
public class HttpMetricsStartup implements ServletContextListener {

  @Inject MeterRegistry registry;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    event
        .getServletContext()
        .setAttribute(HttpMetricsExtension.METER_ATTRIBUTE, new HttpRequestMeter(registry));
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    event.getServletContext().removeAttribute(HttpMetricsExtension.METER_ATTRIBUTE);
  }
}
