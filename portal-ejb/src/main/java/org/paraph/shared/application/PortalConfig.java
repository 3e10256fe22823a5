package org.paraph.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's settings, from MicroProfile Config: each property {@code paraph.x.y} is also read
 * from the environment variable {@code PARAPH_X_Y}. README.md lists them.
 */
@ApplicationScoped
public class PortalConfig {

  @Inject
  @ConfigProperty(name = "paraph.http.port", defaultValue = "8080")
  int httpPort;

  @Inject
  @ConfigProperty(name = "paraph.data.dir", defaultValue = "data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "paraph.base.url")
  Optional<String> baseUrl;

  @Inject
  @ConfigProperty(name = "paraph.admin.password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "paraph.master.key")
  Optional<String> masterKey;

  @Inject
  @ConfigProperty(name = "paraph.max.upload.mb", defaultValue = "10")
  int maxUploadMegabytes;

  @Inject
  @ConfigProperty(name = "paraph.organisation.name", defaultValue = "Demo Organisation")
  String organisationName;

  public Path dataDirectory() {
    return Path.of(dataDir).toAbsolutePath();
  }

  /** Public URL of the portal, used in links and in the demo certificates; no trailing slash. */
  public String baseUrl() {
    String url = baseUrl.filter(u -> !u.isBlank()).orElse("http://localhost:" + httpPort);
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public Optional<String> adminPassword() {
    return adminPassword.filter(p -> !p.isBlank());
  }

  public Optional<String> masterKey() {
    return masterKey.filter(k -> !k.isBlank());
  }

  public long maxUploadBytes() {
    return maxUploadMegabytes * 1024L * 1024L;
  }

  public int maxUploadMegabytes() {
    return maxUploadMegabytes;
  }

  public String organisationName() {
    return organisationName;
  }
}
