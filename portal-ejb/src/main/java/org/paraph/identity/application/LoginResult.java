package org.paraph.identity.application;

import java.time.Duration;
import org.paraph.identity.domain.AuthenticatedUser;

/** What became of a login attempt: the pages and the API each say it their way. */
public sealed interface LoginResult {

  /** The right password for an enabled user. */
  record Accepted(AuthenticatedUser user) implements LoginResult {}

  /** A wrong password, an unknown or a disabled user: callers cannot tell which. */
  record Refused() implements LoginResult {}

  /** Refused without looking at the password: too many failures for this name or address. */
  record Throttled(Duration retryAfter) implements LoginResult {}

  /** Refused without looking at the password: this node is hashing as many as it may. */
  record Busy(Duration retryAfter) implements LoginResult {}
}
