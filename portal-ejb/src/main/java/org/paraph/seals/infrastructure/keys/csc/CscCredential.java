package org.paraph.seals.infrastructure.keys.csc;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.paraph.seals.domain.CscSettings;
import org.paraph.seals.domain.InvalidCredentialException;
import org.paraph.seals.domain.RemoteCredential;
import org.paraph.shared.domain.ProblemText;
import org.paraph.shared.infrastructure.OutboundGuard;

/**
 * A seal's key held by a remote trust service, reached over the CSC API v2. The data to sign is
 * hashed here (with the JDK, which is fast) and only its hash travels: the service authorises the
 * credential for that hash and signs it. Thread-safe.
 */
public final class CscCredential implements RemoteCredential {

  private static final String SHA256 = "2.16.840.1.101.3.4.2.1";
  private static final String SHA384 = "2.16.840.1.101.3.4.2.2";
  private static final String SHA512 = "2.16.840.1.101.3.4.2.3";

  /** JCA signature name -> (digest name, digest OID, signature algorithm OID). */
  private static final Map<String, Algorithm> ALGORITHMS =
      Map.of(
          "SHA256withRSA", new Algorithm("SHA-256", SHA256, "1.2.840.113549.1.1.11"),
          "SHA384withRSA", new Algorithm("SHA-384", SHA384, "1.2.840.113549.1.1.12"),
          "SHA512withRSA", new Algorithm("SHA-512", SHA512, "1.2.840.113549.1.1.13"),
          "SHA256withECDSA", new Algorithm("SHA-256", SHA256, "1.2.840.10045.4.3.2"),
          "SHA384withECDSA", new Algorithm("SHA-384", SHA384, "1.2.840.10045.4.3.3"),
          "SHA512withECDSA", new Algorithm("SHA-512", SHA512, "1.2.840.10045.4.3.4"));

  private final CscClient client;
  private final String credentialId;
  private final List<X509Certificate> chain;

  private CscCredential(CscClient client, String credentialId, List<X509Certificate> chain) {
    this.client = client;
    this.credentialId = credentialId;
    this.chain = List.copyOf(chain);
  }

  /**
   * Authenticates to the service and reads the credential's certificate chain, so that wrong
   * settings show at once rather than at the first seal. A blank credential id stands for the
   * client's only credential.
   *
   * @throws InvalidCredentialException when the service refuses the client or the credential id
   * @throws org.paraph.seals.domain.RemoteCredentialException when it cannot be reached
   */
  public static CscCredential open(CscSettings settings, Clock clock, OutboundGuard guard) {
    CscSettings resolved = settings;
    if (settings.credentialId().isBlank()) {
      List<String> ids = new CscClient(settings, clock, guard).credentialIds();
      if (ids.size() != 1) {
        throw new InvalidCredentialException(
            ids.isEmpty()
                ? ProblemText.of(
                    "problem.invalid-credential.csc-name-it.none",
                    settings.clientId(),
                    settings.baseUrl())
                : ProblemText.of(
                    "problem.invalid-credential.csc-name-it",
                    settings.clientId(),
                    settings.baseUrl(),
                    ids.size(),
                    String.join(", ", ids)));
      }
      resolved =
          new CscSettings(
              settings.baseUrl(), settings.clientId(), settings.clientSecret(), ids.get(0));
    }
    CscClient client = new CscClient(resolved, clock, guard);
    return new CscCredential(client, resolved.credentialId(), client.certificateChain());
  }

  /**
   * The credential of the person for whom this client acts (it carries their access token): the
   * first one the service lists for them, with its certificate chain.
   *
   * @throws InvalidCredentialException when the service lists none for them, or refuses the token
   */
  public static CscCredential forPerson(CscClient person) {
    List<String> ids = person.credentialIds();
    if (ids.isEmpty()) {
      throw new InvalidCredentialException(
          ProblemText.of("problem.invalid-credential.csc-person-has-none"));
    }
    CscClient client = person.withCredential(ids.get(0));
    return new CscCredential(client, ids.get(0), client.certificateChain());
  }

  @Override
  public String credentialId() {
    return credentialId;
  }

  @Override
  public List<X509Certificate> chain() {
    return chain;
  }

  @Override
  public byte[] sign(String jcaAlgorithm, byte[] data) {
    Algorithm algorithm = ALGORITHMS.get(jcaAlgorithm);
    if (algorithm == null) {
      throw new InvalidCredentialException(
          ProblemText.of(
              "problem.invalid-credential.csc-algorithm",
              jcaAlgorithm,
              ALGORITHMS.keySet().toString()));
    }
    try {
      byte[] hash = MessageDigest.getInstance(algorithm.digest()).digest(data);
      return client.signHash(hash, algorithm.digestOid(), algorithm.signatureOid());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK lacks " + algorithm.digest(), e);
    }
  }

  private record Algorithm(String digest, String digestOid, String signatureOid) {}
}
