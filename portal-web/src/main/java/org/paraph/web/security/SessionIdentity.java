package org.paraph.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who logged in through the login page, kept in the HTTP session for the following requests. */
record SessionIdentity(String username, Set<String> roles) implements Serializable {

  static final String ATTRIBUTE = SessionIdentity.class.getName();
}
