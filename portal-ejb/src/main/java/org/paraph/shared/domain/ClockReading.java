package org.paraph.shared.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The portal's time as an administrator sees it.
 *
 * @param now the time the portal goes by
 * @param movable whether administrators may move it ({@code PARAPH_TEST_CLOCK=movable})
 * @param offset how far it has been moved ahead of the system clock; zero when not movable
 */
public record ClockReading(Instant now, boolean movable, Duration offset) {}
