package org.paraph.seals.domain;

import java.util.Objects;

/**
 * Where a sealing key lives in a hardware security module reached through PKCS#11.
 *
 * @param libraryPath the HSM vendor's PKCS#11 library, e.g. {@code /usr/lib/softhsm/libsofthsm2.so}
 * @param slot the PKCS#11 slot id of the token holding the key (as {@code pkcs11-tool -L} or the
 *     vendor's tool lists it)
 * @param keyLabel the label (alias) of the private key and its certificate on the token
 * @param pin the token's user PIN; a secret, left out of {@link #toString()}
 */
public record Pkcs11Settings(String libraryPath, long slot, String keyLabel, String pin) {

  public Pkcs11Settings {
    requireText(libraryPath, "libraryPath");
    requireText(keyLabel, "keyLabel");
    Objects.requireNonNull(pin, "pin");
    if (slot < 0) {
      throw new IllegalArgumentException("a PKCS#11 slot id is never negative: " + slot);
    }
  }

  /** Everything but the PIN, so that logging the settings cannot leak it. */
  @Override
  public String toString() {
    return "Pkcs11Settings[libraryPath="
        + libraryPath
        + ", slot="
        + slot
        + ", keyLabel="
        + keyLabel
        + ", pin=****]";
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
