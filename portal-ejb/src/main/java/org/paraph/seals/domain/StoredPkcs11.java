package org.paraph.seals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a seal's key lives in PKCS#11 tokens, as the portal stores it: the vendor's library, the
 * slots of the tokens (one, or several holding the same key and certificate, used in parallel), the
 * label of the key, and the user PIN encrypted under the master key (never in clear).
 */
@Embeddable
public class StoredPkcs11 {

  @Column(name = "pkcs11_library")
  private String libraryPath;

  /** The slot ids, comma separated: a list this small needs no table of its own. */
  @Column(name = "pkcs11_slots")
  private String slots;

  @Column(name = "pkcs11_key_label")
  private String keyLabel;

  @Column(name = "pkcs11_pin")
  private String encryptedPin;

  /** The chain as read at registration, so that pages need not reach the key to show it. */
  @Column(name = "pkcs11_chain")
  private byte[] chain;

  protected StoredPkcs11() {}

  public StoredPkcs11(
      String libraryPath,
      List<Long> slots,
      String keyLabel,
      String encryptedPin,
      List<X509Certificate> chain) {
    if (slots.isEmpty()) {
      throw new IllegalArgumentException("a PKCS#11 credential needs at least one slot");
    }
    this.libraryPath = libraryPath;
    this.slots = slots.stream().map(String::valueOf).collect(Collectors.joining(","));
    this.keyLabel = keyLabel;
    this.encryptedPin = encryptedPin;
    this.chain = CertificateChain.encode(chain);
  }

  public List<X509Certificate> chain() {
    return CertificateChain.decode(chain);
  }

  public String libraryPath() {
    return libraryPath;
  }

  public List<Long> slots() {
    return Arrays.stream(slots.split(",")).map(String::strip).map(Long::valueOf).toList();
  }

  public String keyLabel() {
    return keyLabel;
  }

  public String encryptedPin() {
    return encryptedPin;
  }

  /** Erases the PIN: the seal is retired, and nobody may log in to its token through it again. */
  void erasePin() {
    encryptedPin = null;
  }

  /** The settings of each slot, with the PIN once decrypted. */
  public List<Pkcs11Settings> settings(String pin) {
    return slots().stream()
        .map(slot -> new Pkcs11Settings(libraryPath, slot, keyLabel, pin))
        .toList();
  }
}
