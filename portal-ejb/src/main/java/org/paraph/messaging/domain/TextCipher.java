package org.paraph.messaging.domain;

/**
 * Encrypts what the outbox must keep readable for delivery but from nobody else (under the portal's
 * master key in production).
 */
public interface TextCipher {

  String encrypt(String plaintext);

  String decrypt(String stored);
}
