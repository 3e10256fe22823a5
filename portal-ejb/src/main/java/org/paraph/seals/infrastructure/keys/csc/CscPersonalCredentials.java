package org.paraph.seals.infrastructure.keys.csc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.paraph.seals.domain.CscSettings;
import org.paraph.seals.domain.PersonalCredentials;
import org.paraph.seals.domain.Pkce;
import org.paraph.seals.domain.RemoteCredential;
import org.paraph.shared.infrastructure.OutboundGuard;

/**
 * The portal's {@link PersonalCredentials}, with {@link CscClient}: one client per service and
 * client id, kept so that it remembers what the service's {@code info} said (its OAuth2 server);
 * one client per person's token, with the credential it reaches.
 */
@ApplicationScoped
public class CscPersonalCredentials implements PersonalCredentials {

  @Inject Clock clock;
  @Inject OutboundGuard outboundGuard;

  private final Map<CscSettings, CscClient> clients = new ConcurrentHashMap<>();

  @Override
  public URI authorizationUri(CscSettings client, URI redirectUri, String state, Pkce pkce) {
    return clientFor(client).authorizationUri(redirectUri, state, pkce);
  }

  @Override
  public String exchangeCode(CscSettings client, String code, URI redirectUri, Pkce pkce) {
    return clientFor(client).exchangeCode(code, redirectUri, pkce);
  }

  @Override
  public RemoteCredential credentialOf(URI baseUrl, String accessToken) {
    return CscCredential.forPerson(CscClient.forPerson(baseUrl, accessToken, clock, outboundGuard));
  }

  private CscClient clientFor(CscSettings settings) {
    return clients.computeIfAbsent(settings, key -> new CscClient(key, clock, outboundGuard));
  }
}
