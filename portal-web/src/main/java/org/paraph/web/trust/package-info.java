/** The demo CA's certificate and CRL, and the demo timestamp authority, served over HTTP. */
package org.paraph.web.trust;
