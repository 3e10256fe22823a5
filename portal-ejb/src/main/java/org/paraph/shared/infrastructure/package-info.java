/** Adapters every feature relies on: the schema migrations, the master key. */
package org.paraph.shared.infrastructure;
