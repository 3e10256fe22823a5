/**
 * A seal's timestamp sources: the portal's own or the seal's listed authorities in order ({@link
 * org.paraph.seals.infrastructure.tsa.TimestampAuthorities}, {@link
 * org.paraph.seals.infrastructure.tsa.FailoverTspSource}), each failure turned into the portal's
 * ({@link org.paraph.seals.infrastructure.tsa.GuardedTspSource}).
 */
package org.paraph.seals.infrastructure.tsa;
