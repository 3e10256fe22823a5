/**
 * Adapters every feature relies on: the schema migrations, the master key, and the rules and HTTP
 * clients for connecting to addresses a client of the portal chose.
 */
package org.paraph.shared.infrastructure;
