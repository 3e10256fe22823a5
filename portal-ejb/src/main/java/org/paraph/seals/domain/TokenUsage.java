package org.paraph.seals.domain;

/**
 * How one token of a credential has been used since it was opened: an administrator sees whether
 * the signatures are spread over the tokens and whether a token had to log in again.
 *
 * @param slot the token's PKCS#11 slot
 * @param signatures signatures the token made
 * @param logins logins it needed: one, plus one per reconnection
 */
public record TokenUsage(long slot, long signatures, int logins) {}
