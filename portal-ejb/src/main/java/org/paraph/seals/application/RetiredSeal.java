package org.paraph.seals.application;

import java.time.Instant;
import java.util.UUID;

/**
 * A seal just taken out of service: its name (now free), its owner if it was a personal certificate
 * (else empty), and its certificate's serial number in hexadecimal.
 */
public record RetiredSeal(
    UUID id, String name, String owner, String certificateSerial, Instant retiredAt) {}
