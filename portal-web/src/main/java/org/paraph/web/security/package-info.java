/**
 * Web security: authentication (the login page and HTTP Basic for the API, against the portal's
 * users), the refusal of cross-site requests made with the session cookie, the session cookie's
 * attributes, and the security headers on every answer.
 */
package org.paraph.web.security;
