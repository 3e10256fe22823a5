package org.paraph.seals.infrastructure.keys;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.paraph.seals.domain.InvalidCredentialException;
import org.paraph.seals.domain.SealingKey;
import org.paraph.shared.domain.ProblemText;

/**
 * Reads and writes PKCS#12 files holding one sealing key and its chain. Uses the JDK's PKCS#12
 * implementation, whose defaults (AES-256 key protection, HMAC-SHA-256 integrity) OpenSSL 3 and
 * current browsers accept.
 */
public final class Pkcs12 {

  private static final String TYPE = "PKCS12";

  private Pkcs12() {}

  /**
   * Writes a PKCS#12 file protecting the key and its integrity with the same password.
   *
   * @param chain the key's certificate first, then its issuers
   */
  public static byte[] write(
      PrivateKey privateKey, List<X509Certificate> chain, String alias, char[] password) {
    try {
      KeyStore store = KeyStore.getInstance(TYPE);
      store.load(null, null);
      store.setKeyEntry(alias, privateKey, password, chain.toArray(new Certificate[0]));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.store(out, password);
      return out.toByteArray();
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("The JDK could not write a PKCS#12 file", e);
    }
  }

  /**
   * Reads the one private key of a PKCS#12 file and its certificate chain.
   *
   * @throws InvalidCredentialException when the file is not PKCS#12, the password is wrong, the
   *     file holds no key or several, or the key does not match its certificate
   */
  public static SealingKey read(byte[] pkcs12, char[] password) {
    KeyStore store = load(pkcs12, password);
    String alias = onlyKeyAlias(store);
    PrivateKey key = privateKey(store, alias, password);
    List<X509Certificate> chain = x509Chain(chainOf(store, alias));
    requireMatchingPair(key, chain.get(0).getPublicKey());
    return new SealingKey(key, chain);
  }

  private static PrivateKey privateKey(KeyStore store, String alias, char[] password) {
    try {
      return (PrivateKey) store.getKey(alias, password);
    } catch (GeneralSecurityException e) {
      throw new InvalidCredentialException(
          ProblemText.of("problem.invalid-credential.pkcs12-key-password"), e);
    }
  }

  private static Certificate[] chainOf(KeyStore store, String alias) {
    try {
      return store.getCertificateChain(alias);
    } catch (KeyStoreException e) {
      throw new IllegalStateException("A loaded key store refused to give a chain", e);
    }
  }

  private static KeyStore load(byte[] pkcs12, char[] password) {
    if (pkcs12 == null || pkcs12.length == 0) {
      throw new InvalidCredentialException(ProblemText.of("problem.invalid-credential.empty"));
    }
    try {
      KeyStore store = KeyStore.getInstance(TYPE);
      store.load(new ByteArrayInputStream(pkcs12), password);
      return store;
    } catch (IOException e) {
      // The JDK reports a wrong password and a file that is not PKCS#12 alike, as IOException.
      throw new InvalidCredentialException(
          ProblemText.of("problem.invalid-credential.pkcs12-unreadable"), e);
    } catch (GeneralSecurityException e) {
      throw new InvalidCredentialException(
          ProblemText.of("problem.invalid-credential.pkcs12-algorithm"), e);
    }
  }

  private static String onlyKeyAlias(KeyStore store) {
    try {
      List<String> keyAliases = new ArrayList<>();
      for (String alias : Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias)) {
          keyAliases.add(alias);
        }
      }
      if (keyAliases.size() != 1) {
        throw new InvalidCredentialException(
            ProblemText.of("problem.invalid-credential.pkcs12-key-count", keyAliases.size()));
      }
      return keyAliases.get(0);
    } catch (KeyStoreException e) {
      throw new IllegalStateException("A loaded key store refused to list its entries", e);
    }
  }

  private static List<X509Certificate> x509Chain(Certificate[] chain) {
    if (chain == null || chain.length == 0) {
      throw new InvalidCredentialException(
          ProblemText.of("problem.invalid-credential.pkcs12-no-certificate"));
    }
    List<X509Certificate> result = new ArrayList<>(chain.length);
    for (Certificate certificate : chain) {
      if (!(certificate instanceof X509Certificate x509)) {
        throw new InvalidCredentialException(
            ProblemText.of("problem.invalid-credential.pkcs12-not-x509"));
      }
      result.add(x509);
    }
    return result;
  }

  /**
   * A key that does not belong to its certificate would produce seals that never validate; a test
   * signature finds out at upload time rather than on the first seal.
   */
  private static void requireMatchingPair(PrivateKey key, PublicKey publicKey) {
    String algorithm = testSignatureAlgorithm(key);
    byte[] challenge = "paraph key pair check".getBytes(StandardCharsets.US_ASCII);
    boolean matches;
    try {
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(challenge);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(publicKey);
      verifier.update(challenge);
      matches = verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      throw new InvalidCredentialException(
          ProblemText.of("problem.invalid-credential.pkcs12-key-unusable"), e);
    }
    if (!matches) {
      throw new InvalidCredentialException(
          ProblemText.of("problem.invalid-credential.pkcs12-key-mismatch"));
    }
  }

  private static String testSignatureAlgorithm(PrivateKey key) {
    return switch (key.getAlgorithm()) {
      case "RSA" -> "SHA256withRSA";
      case "EC" -> "SHA256withECDSA";
      default ->
          throw new InvalidCredentialException(
              ProblemText.of("problem.invalid-credential.pkcs12-key-type", key.getAlgorithm()));
    };
  }
}
