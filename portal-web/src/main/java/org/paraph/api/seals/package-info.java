/**
 * Sealing over the API: one PDF per request, batches, seal records, sealed documents; and the seals
 * in service, listed and retired.
 */
package org.paraph.api.seals;
