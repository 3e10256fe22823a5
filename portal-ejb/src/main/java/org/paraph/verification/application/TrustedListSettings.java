package org.paraph.verification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paraph.shared.application.PortalConfig;
import org.paraph.verification.domain.TrustedLists;

/**
 * Which trust anchors the verifier uses besides the portal's own. README.md lists the variables.
 */
@ApplicationScoped
public class TrustedListSettings {

  @Inject PortalConfig portal;

  /** Whether to load the EU trusted lists at all. */
  @Inject
  @ConfigProperty(name = "paraph.trusted.lists", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "paraph.lotl.url", defaultValue = TrustedLists.EU_LOTL_URL)
  String lotlUrl;

  /** PEM file or key store with the certificates allowed to sign the LOTL. */
  @Inject
  @ConfigProperty(name = "paraph.lotl.signers")
  Optional<String> lotlSigners;

  @Inject
  @ConfigProperty(name = "paraph.lotl.signers.password")
  Optional<String> lotlSignersPassword;

  @Inject
  @ConfigProperty(name = "paraph.trusted.lists.refresh.hours", defaultValue = "6")
  int refreshHours;

  @Inject
  @ConfigProperty(name = "paraph.trusted.lists.timeout.seconds", defaultValue = "30")
  int timeoutSeconds;

  /** PEM file or key store with extra anchors an operator trusts for verification. */
  @Inject
  @ConfigProperty(name = "paraph.trust.anchors")
  Optional<String> trustAnchors;

  public boolean enabled() {
    return enabled;
  }

  public String lotlUrl() {
    return lotlUrl.isBlank() ? TrustedLists.EU_LOTL_URL : lotlUrl.trim();
  }

  public Optional<Path> lotlSigners() {
    return lotlSigners.filter(path -> !path.isBlank()).map(Path::of);
  }

  public char[] lotlSignersPassword() {
    return lotlSignersPassword.orElse("").toCharArray();
  }

  public Duration refreshInterval() {
    return Duration.ofHours(Math.max(1, refreshHours));
  }

  public Duration timeout() {
    return Duration.ofSeconds(Math.max(1, timeoutSeconds));
  }

  public Optional<Path> trustAnchors() {
    return trustAnchors.filter(path -> !path.isBlank()).map(Path::of);
  }

  /** Where downloaded lists are kept, so that a start without network still has them. */
  public Path cacheDirectory() {
    return portal.dataDirectory().resolve("trusted-lists");
  }
}
