package org.paraph.seals.application;

/**
 * A seal to register from a PKCS#12 file.
 *
 * @param name how requests and pages name the seal (unique)
 * @param organisationName shown in the annotation; null or blank for the certificate's O=
 * @param pkcs12 the file
 * @param password its password, used once to open it
 * @param organisationDefault whether it becomes the seal used when a request names none
 * @param test whether its seals are test seals (marked as such everywhere)
 */
public record Pkcs12Registration(
    String name,
    String organisationName,
    byte[] pkcs12,
    char[] password,
    boolean organisationDefault,
    boolean test) {}
