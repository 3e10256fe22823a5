package org.paraph.shared.domain;

/**
 * Who acted: a person logged in to the portal, a process calling the API, a workflow participant
 * acting through their link, or the portal itself.
 */
public enum ActorKind {
  USER,
  API_CLIENT,
  PARTICIPANT,
  SYSTEM
}
