package org.paraph.seals.application;

/**
 * Jobs were added to the queue (or sent again): fired in the transaction that added them, so that
 * workers observing it after success look at the queue at once instead of at their next poll.
 *
 * @param count how many
 */
public record SealJobsEnqueued(int count) {}
