package org.paraph.workflows.application;

import org.paraph.workflows.domain.SignatureMode;

/**
 * The signature a participant gives, and the corrections they may make.
 *
 * @param text the typed signature (mode TYPED)
 * @param png the drawn signature as a PNG image (mode DRAWN)
 */
public record SignatureInput(
    SignatureMode mode,
    String text,
    byte[] png,
    String firstName,
    String surname,
    String email,
    String mobile) {}
