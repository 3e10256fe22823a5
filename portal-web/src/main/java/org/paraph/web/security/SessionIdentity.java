package org.paraph.web.security;

import java.io.Serializable;

/**
 * Who logged in through the login page, kept in the HTTP session for the following requests. Their
 * roles are not kept: they are read again on every request, so that an administrator's change
 * applies at once.
 */
record SessionIdentity(String username) implements Serializable {

  static final String ATTRIBUTE = SessionIdentity.class.getName();
}
