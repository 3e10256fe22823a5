/**
 * Adapters every feature relies on: the master key, and the rules and HTTP clients for connecting
 * to addresses a client of the portal chose. PDF text drawing lives in {@code pdf}; the schema
 * migrations, which know every feature's migrations, in {@code org.paraph.bootstrap}.
 */
package org.paraph.shared.infrastructure;
