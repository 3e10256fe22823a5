package org.paraph.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.net.URI;
import org.paraph.shared.application.PortalConfig;

/**
 * What depends on the portal's public address ({@code PARAPH_BASE_URL}): served over https, the
 * session cookie is sent over https only, and answers carry HSTS even when the TLS ends at a proxy
 * in front of the server. HttpOnly is set in web.xml and SameSite by {@link
 * SecurityHeadersExtension}, for every installation.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

  @Inject PortalConfig config;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean https = "https".equalsIgnoreCase(URI.create(config.baseUrl()).getScheme());
    if (https) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
    event.getServletContext().setAttribute(SecurityHeadersExtension.PUBLIC_HTTPS_ATTRIBUTE, https);
  }
}
