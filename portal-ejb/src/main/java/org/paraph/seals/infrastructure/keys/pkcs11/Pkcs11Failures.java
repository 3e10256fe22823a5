package org.paraph.seals.infrastructure.keys.pkcs11;

import java.security.ProviderException;
import org.paraph.seals.domain.HsmUnavailableException;

/** Tells a token that failed from an operation that failed for its own reasons. */
final class Pkcs11Failures {

  /**
   * SunPKCS11's own exception is in a package the JDK does not export; its name is all there is to
   * recognise it by.
   */
  private static final String PKCS11_EXCEPTION = "sun.security.pkcs11.wrapper.PKCS11Exception";

  private Pkcs11Failures() {}

  /**
   * Whether the failure came from the token (device removed, session or key handle invalid, a
   * logout): SunPKCS11 reports those as a {@link ProviderException} around a PKCS11Exception,
   * sometimes wrapped further by the sealer. A failure already reported as an unavailable HSM is
   * not one again.
   */
  static boolean isTokenFailure(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof HsmUnavailableException) {
        return false;
      }
      if (cause instanceof ProviderException
          || cause.getClass().getName().equals(PKCS11_EXCEPTION)) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
