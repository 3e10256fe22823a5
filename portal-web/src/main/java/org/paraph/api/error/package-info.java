/** Errors of the API as RFC 9457 problem documents. */
package org.paraph.api.error;
