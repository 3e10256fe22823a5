package org.paraph.workflows.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.paraph.seals.domain.Pkce;
import org.paraph.shared.application.Secrets;
import org.paraph.workflows.domain.SignLinkException;

/**
 * The OAuth2 {@code state} of a qualified signature, as it travels to the trust service and back:
 * {@code <nonce>.<sealed>}. The nonce is what the participant's row knows (by its hash); the sealed
 * part, encrypted and authenticated under the master key, carries the PKCE verifier and, when the
 * portal's own page started the flow, the value of the cookie that binds it to that browser. The
 * verifier is thus kept by the portal without a column of its own, and nobody who sees the state on
 * its way (the trust service, a log) can read it.
 *
 * @param nonce the random value the participant's row holds the hash of
 * @param pkce the verifier whose challenge went to the trust service
 * @param browserBinding the cookie value the callback must find, or empty when an API client
 *     started the flow (its own front end then binds the state to its user)
 */
public record QualifiedState(String nonce, Pkce pkce, Optional<String> browserBinding) {

  /** Longer than any state this class makes; anything longer is not worth decrypting. */
  static final int MAX_LENGTH = 600;

  private static final String UNBOUND = "-";

  public static QualifiedState create(String nonce, boolean bindToBrowser, SecureRandom random) {
    Optional<String> binding = Optional.empty();
    if (bindToBrowser) {
      byte[] secret = new byte[32];
      random.nextBytes(secret);
      binding = Optional.of(Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }
    return new QualifiedState(nonce, Pkce.generate(random), binding);
  }

  /** The value sent as {@code state}. */
  public String seal(Secrets secrets) {
    String sealed =
        secrets.encrypt(nonce + " " + pkce.verifier() + " " + browserBinding.orElse(UNBOUND));
    return nonce
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(sealed.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @throws SignLinkException {@code qualified-state-invalid} for anything this portal did not make
   */
  public static QualifiedState open(String state, Secrets secrets) {
    if (state == null || state.length() > MAX_LENGTH) {
      throw SignLinkException.qualifiedStateUnknown();
    }
    int dot = state.indexOf('.');
    if (dot <= 0) {
      throw SignLinkException.qualifiedStateUnknown();
    }
    String nonce = state.substring(0, dot);
    try {
      String sealed =
          new String(
              Base64.getUrlDecoder().decode(state.substring(dot + 1)), StandardCharsets.UTF_8);
      String[] parts = secrets.decrypt(sealed).split(" ");
      if (parts.length != 3 || !parts[0].equals(nonce)) {
        throw SignLinkException.qualifiedStateUnknown();
      }
      return new QualifiedState(
          nonce,
          new Pkce(parts[1]),
          parts[2].equals(UNBOUND) ? Optional.empty() : Optional.of(parts[2]));
    } catch (SignLinkException e) {
      throw e;
    } catch (RuntimeException e) {
      // Not base64, not ours (another key, altered): the same answer as an unknown state.
      throw SignLinkException.qualifiedStateUnknown();
    }
  }

  /**
   * Whether the browser that came back is the one that started: always for a flow an API client
   * started, otherwise only with the cookie's value.
   */
  public boolean cameBackTo(String cookieValue) {
    return browserBinding
        .map(
            expected ->
                cookieValue != null
                    && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII),
                        cookieValue.getBytes(StandardCharsets.US_ASCII)))
        .orElse(true);
  }
}
