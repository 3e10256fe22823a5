/** Sealing over the API: one PDF per request, seal records, sealed documents. */
package org.paraph.api.seals;
