package org.paraph.trust.infrastructure;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.TimestampBinary;
import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.paraph.seals.infrastructure.CertifiedTspSource;
import org.paraph.trust.domain.TimestampResponder;

/**
 * Lets DSS timestamp with the portal's {@link DemoTimestampAuthority} in-process. Going through the
 * portal's own HTTP endpoint instead would hold a request thread while waiting for another one, and
 * deadlock under load. The exchange is still a full RFC 3161 request and response, checked (nonce,
 * imprint) as a remote one would be.
 */
public final class DemoTspSource implements CertifiedTspSource {

  private static final long serialVersionUID = 1L;

  private final transient TimestampResponder authority;
  private final transient List<X509Certificate> certificateChain;
  private final transient SecureRandom random = new SecureRandom();

  /**
   * @param certificateChain the TSA's chain, TSA certificate first: tokens carry it, and callers
   *     use it to size the room a token needs in a signature
   */
  public DemoTspSource(TimestampResponder authority, List<X509Certificate> certificateChain) {
    this.authority = authority;
    this.certificateChain = List.copyOf(certificateChain);
  }

  @Override
  public List<X509Certificate> certificateChain() {
    return certificateChain;
  }

  @Override
  public TimestampBinary getTimeStampResponse(DigestAlgorithm digestAlgorithm, byte[] digest) {
    TimeStampRequestGenerator requestGenerator = new TimeStampRequestGenerator();
    requestGenerator.setCertReq(true);
    TimeStampRequest request =
        requestGenerator.generate(
            new ASN1ObjectIdentifier(digestAlgorithm.getOid()), digest, new BigInteger(64, random));
    try {
      TimeStampResponse response = new TimeStampResponse(authority.respond(request.getEncoded()));
      TimeStampToken token = response.getTimeStampToken();
      if (token == null) {
        throw new DSSException("The demo TSA refused the request: " + response.getStatusString());
      }
      response.validate(request);
      return new TimestampBinary(token.getEncoded());
    } catch (IOException | TSPException e) {
      throw new DSSException("The demo TSA gave an unusable response: " + e.getMessage(), e);
    }
  }
}
