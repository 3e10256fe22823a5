package org.paraph.verification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.shared.application.PortalConfig;
import org.paraph.trust.application.DemoAuthorities;
import org.paraph.trust.application.TrustAnchors;
import org.paraph.trust.domain.PortalTrust;
import org.paraph.verification.domain.SignatureValidator;
import org.paraph.verification.domain.TrustMaterial;
import org.paraph.verification.domain.UnverifiableDocumentException;
import org.paraph.verification.domain.VerificationReport;

/** The rules of {@link VerificationService} around the validator, with a fake one: no DSS. */
class VerificationServiceTest {

  private final RefusingValidator validator = new RefusingValidator();
  private final VerificationService service = new VerificationService();

  @BeforeEach
  void wire() throws Exception {
    X509Certificate demoRoot = certificate();
    service.trustAnchors =
        new TrustAnchors() {
          @Override
          public PortalTrust portalTrust() {
            return PortalTrust.of(List.of(demoRoot), List.of());
          }
        };
    service.verificationTrust = new VerificationTrust();
    service.demoAuthorities = new DemoAuthorities();
    service.config =
        new PortalConfig() {
          @Override
          public long maxUploadBytes() {
            return 1024 * 1024;
          }

          @Override
          public int maxUploadMegabytes() {
            return 1;
          }
        };
    service.validator = validator;
  }

  @Test
  void anEmptyFileIsRefusedWithoutAskingTheValidator() {
    UnverifiableDocumentException refused =
        assertThrows(
            UnverifiableDocumentException.class,
            () -> service.verify("contract.pdf", new byte[0], null));

    assertEquals("empty-document", refused.problemType());
    assertTrue(validator.asked.isEmpty());
  }

  @Test
  void aFileWithoutSignatureGetsTheValidatorsRefusalUnchangedUnderItsBaseName() {
    byte[] notSigned = "just some text".getBytes(StandardCharsets.UTF_8);

    UnverifiableDocumentException refused =
        assertThrows(
            UnverifiableDocumentException.class,
            () -> service.verify("C:\\Users\\jean\\notes.txt", notSigned, null));

    assertSame(validator.refusal, refused);
    assertEquals(List.of("notes.txt"), validator.asked);
    assertEquals(1, validator.trust.anchors().size());
    assertEquals(validator.trust.anchors(), validator.trust.testAnchors());
  }

  /** Finds no signature in anything, as a validator does with a file that is not signed. */
  private static final class RefusingValidator implements SignatureValidator {

    final UnverifiableDocumentException refusal = UnverifiableDocumentException.notSigned(null);
    final List<String> asked = new ArrayList<>();
    TrustMaterial trust;

    @Override
    public VerificationReport validate(
        String fileName,
        byte[] file,
        byte[] detachedOriginal,
        String password,
        TrustMaterial trust) {
      asked.add(fileName);
      this.trust = trust;
      throw refusal;
    }

    @Override
    public String etsiValidationReport(
        String fileName,
        byte[] file,
        byte[] detachedOriginal,
        String password,
        TrustMaterial trust) {
      asked.add(fileName);
      this.trust = trust;
      throw refusal;
    }
  }

  private static X509Certificate certificate() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    KeyPair keys = generator.generateKeyPair();
    Instant now = Instant.now();
    var builder =
        new JcaX509v3CertificateBuilder(
            new X500Name("CN=Test Root"),
            BigInteger.ONE,
            Date.from(now),
            Date.from(now.plus(Duration.ofDays(1))),
            new X500Name("CN=Test Root"),
            keys.getPublic());
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
  }
}
