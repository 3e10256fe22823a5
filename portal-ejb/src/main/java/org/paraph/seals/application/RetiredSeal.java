package org.paraph.seals.application;

import java.time.Instant;
import java.util.UUID;
import org.paraph.seals.domain.RetirementReason;

/**
 * A seal just taken out of service: its name (now free), its owner if it was a personal certificate
 * (else empty), its certificate's serial number in hexadecimal, when and why.
 */
public record RetiredSeal(
    UUID id,
    String name,
    String owner,
    String certificateSerial,
    Instant retiredAt,
    RetirementReason reason) {}
