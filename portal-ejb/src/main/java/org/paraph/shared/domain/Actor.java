package org.paraph.shared.domain;

import java.util.Objects;

/**
 * The authenticated person or process behind an action, as the audit log and the seal history
 * record it, with where the request came from.
 *
 * @param name the user name, API client name, or {@code system} for the portal itself
 * @param kind whether a person, an API client or the portal acted
 * @param clientIp the remote address of the request, or null when there was no request
 * @param userAgent the client's User-Agent header, or null
 */
public record Actor(String name, ActorKind kind, String clientIp, String userAgent) {

  public static final Actor SYSTEM = new Actor("system", ActorKind.SYSTEM, null, null);

  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  public static Actor user(String name, String clientIp, String userAgent) {
    return new Actor(name, ActorKind.USER, clientIp, userAgent);
  }
}
