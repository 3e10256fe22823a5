package org.paraph.seals.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * How much sealing waits in the queue now.
 *
 * @param due jobs a worker may take now (waiting, or whose worker's lease ran out)
 * @param running jobs a worker holds
 * @param oldestDueSince since when the longest-waiting due job may run; empty when none is due
 */
public record SealJobBacklog(long due, long running, Optional<Instant> oldestDueSince) {}
