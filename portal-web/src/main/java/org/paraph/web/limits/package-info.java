/**
 * Limits on what one request may make the portal read: the size of a request body, decided before
 * any of it is read.
 */
package org.paraph.web.limits;
