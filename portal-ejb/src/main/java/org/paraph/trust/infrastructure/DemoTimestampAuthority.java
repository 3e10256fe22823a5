package org.paraph.trust.infrastructure;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Hashtable;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.util.Store;
import org.paraph.seals.domain.SealingKey;
import org.paraph.trust.domain.TimestampResponder;

/**
 * The demo RFC 3161 timestamp authority of an installation. It answers DER {@code TimeStampReq}s
 * with DER {@code TimeStampResp}s, whether the request comes over HTTP ({@code
 * application/timestamp-query}) or in-process from {@link DemoTspSource}. Thread-safe.
 *
 * <p>Its time is the injected clock's; its tokens are only as trustworthy as that clock and the
 * demo root, which is to say for tests and demonstrations.
 */
public class DemoTimestampAuthority implements TimestampResponder {

  /**
   * The TSA policy. 2.25 is the ITU-T arc for OIDs made from a UUID (X.667): anyone may mint one
   * without registering, so this demo arc belongs to nobody else.
   */
  public static final String POLICY_OID = "2.25.67158194146363686340746549203361666645.1";

  private static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier(POLICY_OID);

  private static final Set<ASN1ObjectIdentifier> ACCEPTED_IMPRINT_ALGORITHMS =
      Set.of(
          NISTObjectIdentifiers.id_sha256,
          NISTObjectIdentifiers.id_sha384,
          NISTObjectIdentifiers.id_sha512);

  private static final Logger LOG = System.getLogger(DemoTimestampAuthority.class.getName());

  private final SealingKey key;
  private final Clock clock;
  private final Store<X509CertificateHolder> certificates;
  private final DigestCalculator certificateIdDigest;
  private final AtomicLong lastSerial = new AtomicLong();

  /**
   * @param key the TSA's key; its chain (TSA certificate first) goes into tokens when the request
   *     asks for certificates
   * @param clock the source of the tokens' time
   */
  public DemoTimestampAuthority(SealingKey key, Clock clock) {
    this.key = key;
    this.clock = clock;
    try {
      this.certificates = new JcaCertStore(key.chain());
      DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
      this.certificateIdDigest =
          digests.get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("The demo TSA could not be set up", e);
    }
  }

  /**
   * Answers one request. Never throws for a bad request: a malformed one, an unaccepted digest
   * algorithm or policy, or an unknown extension gets a {@code rejection} response, as RFC 3161
   * asks.
   *
   * @param timeStampRequest a DER {@code TimeStampReq}
   * @return a DER {@code TimeStampResp}, granted with a token or rejected with a reason
   */
  @Override
  public byte[] respond(byte[] timeStampRequest) {
    TimeStampRequest request;
    try {
      request = new TimeStampRequest(timeStampRequest == null ? new byte[0] : timeStampRequest);
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "Rejected a malformed timestamp request: {0}", e.getMessage());
      return failure(PKIFailureInfo.badDataFormat, "malformed request: " + e.getMessage());
    }
    Instant now = clock.instant();
    // Tokens carry whole seconds; the signing-time attribute then equals genTime exactly.
    Instant genTime = now.truncatedTo(ChronoUnit.SECONDS);
    try {
      TimeStampResponseGenerator generator =
          new TimeStampResponseGenerator(
              tokenGenerator(genTime), ACCEPTED_IMPRINT_ALGORITHMS, Set.of(POLICY), Set.of());
      // BC validates the request (algorithm, imprint length, policy, extensions) and answers a
      // rejection itself when it does not pass; the serial is spent either way.
      TimeStampResponse response = generator.generate(request, nextSerial(now), Date.from(genTime));
      return response.getEncoded();
    } catch (TSPException | OperatorCreationException | IOException | IllegalArgumentException e) {
      LOG.log(Level.WARNING, "The demo TSA failed to produce a timestamp", e);
      return failure(PKIFailureInfo.systemFailure, "the demo TSA failed: " + e.getMessage());
    }
  }

  private TimeStampTokenGenerator tokenGenerator(Instant genTime)
      throws OperatorCreationException, TSPException {
    TimeStampTokenGenerator generator =
        new TimeStampTokenGenerator(signerInfoGenerator(genTime), certificateIdDigest, POLICY);
    // Added only when the request sets certReq; BC checks that.
    generator.addCertificates(certificates);
    return generator;
  }

  /**
   * The CMS signing-time attribute would otherwise be the system time, which differs from genTime
   * whenever the injected clock is not the system clock.
   */
  private SignerInfoGenerator signerInfoGenerator(Instant genTime)
      throws OperatorCreationException {
    Hashtable<ASN1ObjectIdentifier, Attribute> attributes = new Hashtable<>();
    attributes.put(
        CMSAttributes.signingTime,
        new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(genTime)))));
    try {
      return new SignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
          .setSignedAttributeGenerator(
              new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
          .build(
              new JcaContentSignerBuilder(signatureAlgorithm()).build(key.privateKey()),
              new X509CertificateHolder(key.signingCertificate().getEncoded()));
    } catch (GeneralSecurityException | IOException e) {
      throw new OperatorCreationException("cannot use the TSA certificate: " + e.getMessage(), e);
    }
  }

  private String signatureAlgorithm() {
    return "EC".equals(key.privateKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
  }

  /**
   * Strictly increasing, and unique across restarts as long as the clock does not go back and fewer
   * than a million tokens a second are issued: at least the time in microseconds since the epoch.
   */
  private BigInteger nextSerial(Instant now) {
    long floor = ChronoUnit.MICROS.between(Instant.EPOCH, now);
    return BigInteger.valueOf(lastSerial.updateAndGet(previous -> Math.max(previous + 1, floor)));
  }

  private static byte[] failure(int failInfo, String statusString) {
    try {
      return new TimeStampResponseGenerator(null, ACCEPTED_IMPRINT_ALGORITHMS)
          .generateFailResponse(PKIStatus.REJECTION, failInfo, statusString)
          .getEncoded();
    } catch (TSPException | IOException e) {
      throw new IllegalStateException("BouncyCastle could not encode a rejection", e);
    }
  }
}
