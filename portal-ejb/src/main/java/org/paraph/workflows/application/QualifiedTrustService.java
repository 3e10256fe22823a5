package org.paraph.workflows.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paraph.seals.domain.CscSettings;
import org.paraph.shared.application.PortalConfig;
import org.paraph.workflows.domain.SignLinkException;

/**
 * The remote trust service where QUALIFIED_SIGN participants hold their qualified certificates,
 * reached over the CSC API v2 as an OAuth2 client of its own ({@code PARAPH_QES_CSC_URL}, {@code
 * PARAPH_QES_CSC_CLIENT_ID}, {@code PARAPH_QES_CSC_CLIENT_SECRET}). The service must accept {@link
 * #redirectUri()} as the client's redirect URI.
 */
@ApplicationScoped
public class QualifiedTrustService {

  /** Where the trust service sends the participant's browser back; one address for everyone. */
  public static final String CALLBACK_PATH = "/api/v1/sign/qualified/callback";

  @Inject
  @ConfigProperty(name = "paraph.qes.csc.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "paraph.qes.csc.client.id")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "paraph.qes.csc.client.secret")
  Optional<String> clientSecret;

  /**
   * Whether the qualified certificate must name the invited participant ({@code
   * PARAPH_QES_REQUIRE_NAME_MATCH}); turned off only where invitations do not carry people's legal
   * names.
   */
  @Inject
  @ConfigProperty(name = "paraph.qes.require.name.match", defaultValue = "true")
  boolean requireNameMatch;

  @Inject PortalConfig config;

  /** Whether QUALIFIED_SIGN participants can sign on this portal. */
  public boolean configured() {
    return url.filter(u -> !u.isBlank()).isPresent()
        && clientId.filter(c -> !c.isBlank()).isPresent();
  }

  /** The API root of the service, e.g. {@code https://qtsp.example/csc/v2}. */
  public URI baseUrl() {
    requireConfigured();
    return URI.create(url.get().strip());
  }

  public boolean requiresNameMatch() {
    return requireNameMatch;
  }

  public URI redirectUri() {
    return URI.create(config.baseUrl() + CALLBACK_PATH);
  }

  /** The portal's own client at the service. */
  CscSettings client() {
    return new CscSettings(baseUrl(), clientId.get().strip(), clientSecret.orElse(""), "");
  }

  private void requireConfigured() {
    if (!configured()) {
      throw SignLinkException.qualifiedUnavailable();
    }
  }
}
