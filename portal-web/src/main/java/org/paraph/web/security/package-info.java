/** Authentication: the login page and HTTP Basic for the API, against the portal's users. */
package org.paraph.web.security;
