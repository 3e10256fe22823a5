package org.paraph.trust.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoTimestampAuthorityTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

  private static DemoPki pki;

  private DemoTimestampAuthority authority;

  @BeforeAll
  static void generateDemoPki() {
    pki = new DemoPkiGenerator().generate("TSA Test", "https://paraph.test", NOW);
  }

  @BeforeEach
  void newAuthority() {
    authority =
        new DemoTimestampAuthority(pki.timestampAuthority(), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void grantsATokenThatValidatesAgainstTheTsaCertificate() throws Exception {
    byte[] digest = sha256("a document");
    TimeStampRequest request = request(NISTObjectIdentifiers.id_sha256, digest, true);

    TimeStampResponse response = new TimeStampResponse(authority.respond(request.getEncoded()));

    assertEquals(PKIStatus.GRANTED, response.getStatus());
    response.validate(request);
    TimeStampToken token = response.getTimeStampToken();
    X509Certificate tsa = pki.timestampAuthority().signingCertificate();
    token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
    assertEquals(NOW, token.getTimeStampInfo().getGenTime().toInstant());
    assertEquals(DemoTimestampAuthority.POLICY_OID, token.getTimeStampInfo().getPolicy().getId());
    assertEquals(request.getNonce(), token.getTimeStampInfo().getNonce());
    assertEquals(2, token.getCertificates().getMatches(null).size());
  }

  @Test
  void leavesCertificatesOutWhenNotAskedFor() throws Exception {
    TimeStampRequest request = request(NISTObjectIdentifiers.id_sha256, sha256("x"), false);

    TimeStampResponse response = new TimeStampResponse(authority.respond(request.getEncoded()));

    assertEquals(PKIStatus.GRANTED, response.getStatus());
    assertTrue(response.getTimeStampToken().getCertificates().getMatches(null).isEmpty());
  }

  @ParameterizedTest
  @CsvSource({"SHA-384, 2.16.840.1.101.3.4.2.2", "SHA-512, 2.16.840.1.101.3.4.2.3"})
  void acceptsLongerSha2Imprints(String algorithm, String oid) throws Exception {
    byte[] digest = MessageDigest.getInstance(algorithm).digest(new byte[] {1, 2, 3});
    TimeStampRequest request = request(new ASN1ObjectIdentifier(oid), digest, true);

    TimeStampResponse response = new TimeStampResponse(authority.respond(request.getEncoded()));

    assertEquals(PKIStatus.GRANTED, response.getStatus());
    response.validate(request);
  }

  @Test
  void rejectsSha1Imprints() throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-1").digest(new byte[] {1});
    TimeStampRequest request = request(OIWObjectIdentifiers.idSHA1, digest, true);

    TimeStampResponse response = new TimeStampResponse(authority.respond(request.getEncoded()));

    assertEquals(PKIStatus.REJECTION, response.getStatus());
    assertEquals(PKIFailureInfo.badAlg, response.getFailInfo().intValue());
  }

  @Test
  void rejectsAnotherPolicy() throws Exception {
    TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
    generator.setReqPolicy(new ASN1ObjectIdentifier("1.2.3.4"));
    TimeStampRequest request = generator.generate(NISTObjectIdentifiers.id_sha256, sha256("x"));

    TimeStampResponse response = new TimeStampResponse(authority.respond(request.getEncoded()));

    assertEquals(PKIStatus.REJECTION, response.getStatus());
    assertEquals(PKIFailureInfo.unacceptedPolicy, response.getFailInfo().intValue());
  }

  @Test
  void answersGarbageWithARejectionResponse() throws Exception {
    byte[] garbage = "GET / HTTP/1.1".getBytes(StandardCharsets.US_ASCII);

    TimeStampResponse response = new TimeStampResponse(authority.respond(garbage));

    assertEquals(PKIStatus.REJECTION, response.getStatus());
    assertEquals(PKIFailureInfo.badDataFormat, response.getFailInfo().intValue());
    assertNull(response.getTimeStampToken());
    assertNotNull(response.getStatusString());
  }

  @Test
  void serialNumbersIncreaseEvenWithinTheSameInstant() throws Exception {
    BigInteger previous = BigInteger.ZERO;
    for (int i = 0; i < 5; i++) {
      TimeStampRequest request =
          request(NISTObjectIdentifiers.id_sha256, sha256("doc " + i), false);
      TimeStampToken token =
          new TimeStampResponse(authority.respond(request.getEncoded())).getTimeStampToken();
      BigInteger serial = token.getTimeStampInfo().getSerialNumber();
      assertTrue(serial.compareTo(previous) > 0, serial + " after " + previous);
      previous = serial;
    }
  }

  private static TimeStampRequest request(
      ASN1ObjectIdentifier algorithm, byte[] digest, boolean certificates) {
    TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
    generator.setCertReq(certificates);
    return generator.generate(algorithm, digest, BigInteger.valueOf(System.nanoTime()));
  }

  private static byte[] sha256(String text) throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
  }
}
