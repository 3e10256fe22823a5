/**
 * What the portal says about its own state to an operator: whether the data directory takes a file
 * ({@code DataDirectoryHealth}), whether the seal-job queue is worked off ({@code SealJobsHealth}),
 * and what the gauges show ({@code OperationsReading}, read by {@code OperationsReadings}).
 */
package org.paraph.operations.application;
