package org.paraph.seals.application;

import java.util.List;

/**
 * A seal to register whose key is in PKCS#11 tokens.
 *
 * @param name how requests and pages name the seal (unique)
 * @param organisationName shown in the annotation; null or blank for the certificate's O=
 * @param libraryPath the HSM vendor's PKCS#11 library
 * @param slots the slot ids of the tokens: one, or several holding the same key and certificate
 *     under the same label, used in parallel
 * @param keyLabel the label of the key and its certificate on the tokens
 * @param pin the user PIN (the same on every token), stored encrypted under the master key
 * @param organisationDefault whether it becomes the seal used when a request names none
 * @param test whether its seals are test seals (marked as such everywhere)
 */
public record Pkcs11Registration(
    String name,
    String organisationName,
    String libraryPath,
    List<Long> slots,
    String keyLabel,
    String pin,
    boolean organisationDefault,
    boolean test) {}
