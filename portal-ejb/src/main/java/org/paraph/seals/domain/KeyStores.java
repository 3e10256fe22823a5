package org.paraph.seals.domain;

import java.util.List;

/**
 * The places seals' keys are kept, as the use cases open them: PKCS#12 files (read and written),
 * PKCS#11 tokens (logged in to), remote credentials at a trust service (CSC API v2, authenticated
 * to). Implemented in {@code seals.infrastructure.keys}.
 */
public interface KeyStores {

  /**
   * The one private key of a PKCS#12 file and its certificate chain.
   *
   * @throws InvalidCredentialException when the file is not PKCS#12, the password is wrong, the
   *     file holds no key or several, or the key does not match its certificate
   */
  SealingKey readPkcs12(byte[] pkcs12, char[] password);

  /** A PKCS#12 file protecting the key and its integrity with the password. */
  byte[] writePkcs12(SealingKey key, String alias, char[] password);

  /**
   * Logs in to every token and checks that they hold the same certificate under the key label.
   *
   * @throws InvalidCredentialException when a PIN is refused, a label is missing, or the tokens
   *     hold different certificates
   * @throws HsmUnavailableException when a token cannot be opened
   */
  TokenCredential openTokens(List<Pkcs11Settings> tokens);

  /**
   * Authenticates to the service and reads the credential's certificate chain, so that wrong
   * settings show at once rather than at the first seal. A blank credential id stands for the
   * client's only credential.
   *
   * @throws InvalidCredentialException when the service refuses the client or the credential id
   * @throws RemoteCredentialException when it cannot be reached
   */
  RemoteCredential openRemote(CscSettings settings);
}
