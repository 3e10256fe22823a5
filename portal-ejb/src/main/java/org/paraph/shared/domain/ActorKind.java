package org.paraph.shared.domain;

/** Who acted: a person logged in to the portal, a process calling the API, or the portal itself. */
public enum ActorKind {
  USER,
  API_CLIENT,
  SYSTEM
}
