package org.paraph.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AesGcmSecretBoxTest {

  private static byte[] key(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }

  @Test
  void aSecretComesBackUnderTheSameKeyAndIsNotStoredInClear() {
    AesGcmSecretBox box = new AesGcmSecretBox(key(1));
    String stored = box.encrypt("pkcs12-password");

    assertFalse(stored.contains("pkcs12-password"));
    assertTrue(stored.startsWith("v1:"));
    assertEquals("pkcs12-password", box.decrypt(stored));
  }

  @Test
  void theSameSecretIsEncryptedDifferentlyEachTime() {
    AesGcmSecretBox box = new AesGcmSecretBox(key(1));
    assertNotEquals(box.encrypt("same"), box.encrypt("same"));
  }

  @Test
  void anotherMasterKeyCannotReadIt() {
    String stored = new AesGcmSecretBox(key(1)).encrypt("secret");
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class, () -> new AesGcmSecretBox(key(2)).decrypt(stored));
    assertTrue(e.getMessage().contains("PARAPH_MASTER_KEY"));
  }

  @Test
  void anAlteredSecretIsRefused() {
    AesGcmSecretBox box = new AesGcmSecretBox(key(1));
    byte[] raw = Base64.getDecoder().decode(box.encrypt("secret").substring(3));
    raw[raw.length - 1] ^= 1;
    String altered = "v1:" + Base64.getEncoder().encodeToString(raw);
    assertThrows(ConfigurationException.class, () -> box.decrypt(altered));
  }

  @Test
  void aMasterKeyMustBe256Bits() {
    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> new AesGcmSecretBox(new byte[16]));
    assertTrue(e.getMessage().contains("256 bits"));
  }
}
