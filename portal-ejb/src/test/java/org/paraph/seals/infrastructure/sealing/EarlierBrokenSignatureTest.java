package org.paraph.seals.infrastructure.sealing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paraph.documents.domain.InvalidDocumentException;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.infrastructure.LongTermValidationSources;
import org.paraph.shared.domain.FailureKind;
import org.paraph.testsupport.TestPdfs;
import org.paraph.trust.infrastructure.DemoCrlIssuer;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;
import org.paraph.trust.infrastructure.DemoTimestampAuthority;
import org.paraph.trust.infrastructure.DemoTspSource;
import org.paraph.trust.infrastructure.LocalCrlSource;

/**
 * A long-term seal vouches for the signatures before it: over one that no longer matches the
 * document, it is refused as a problem of the document (422, {@code earlier-signature-invalid},
 * naming the signature), not reported as a service being down.
 */
class EarlierBrokenSignatureTest {

  private static DemoPki pki;
  private static byte[] crl;
  private static DemoTspSource tsp;
  private static byte[] broken;

  @BeforeAll
  static void sealThenBreak() {
    Instant now = Instant.now();
    pki = new DemoPkiGenerator().generate("Broken Earlier", "https://paraph.test", now);
    crl = new DemoCrlIssuer().issue(pki.root(), now);
    tsp =
        new DemoTspSource(
            new DemoTimestampAuthority(pki.timestampAuthority(), Clock.systemUTC()),
            pki.timestampAuthority().chain());
    byte[] signed =
        sealer().seal(TestPdfs.onePage(), pki.seal(), options(SealLevel.B_B, now), null);
    broken = withOneSignedByteChanged(signed);
  }

  @ParameterizedTest
  @EnumSource(
      value = SealLevel.class,
      names = {"B_LT", "B_LTA"})
  void aLongTermSealOverABrokenSignatureIsRefusedNamingIt(SealLevel level) {
    InvalidDocumentException refused =
        assertThrows(
            InvalidDocumentException.class,
            () -> sealer().seal(broken, pki.seal(), options(level, Instant.now()), tsp));

    assertEquals("earlier-signature-invalid", refused.problemType());
    assertEquals(FailureKind.UNPROCESSABLE, refused.kind());
    assertTrue(
        refused.getMessage().contains("Broken Earlier"),
        () -> "names the signer: " + refused.getMessage());
    assertTrue(refused.getMessage().contains("field '"), refused::getMessage);
  }

  @ParameterizedTest
  @EnumSource(
      value = SealLevel.class,
      names = {"B_B", "B_T"})
  void levelsThatDoNotVouchForEarlierSignaturesStillSeal(SealLevel level) {
    byte[] sealed =
        sealer()
            .seal(
                broken,
                pki.seal(),
                options(level, Instant.now()),
                level == SealLevel.B_B ? null : tsp);

    assertTrue(sealed.length > broken.length);
  }

  /**
   * Changes one byte inside the first signed range without changing the file's structure: the line
   * break before the first {@code endobj} becomes a space, so every reader still opens it and only
   * the digest differs.
   */
  static byte[] withOneSignedByteChanged(byte[] signed) {
    byte[] copy = signed.clone();
    int at = new String(copy, StandardCharsets.ISO_8859_1).indexOf("endobj") - 1;
    copy[at] = (byte) (copy[at] == ' ' ? '\n' : ' ');
    return copy;
  }

  private static PadesSealer sealer() {
    LocalCrlSource crls =
        new LocalCrlSource(url -> url.equals(pki.crlUrl()) ? Optional.of(crl) : Optional.empty());
    List<X509Certificate> anchors = List.of(pki.root().signingCertificate());
    return new PadesSealer(new PdfInspector(), new LongTermValidationSources(anchors, crls));
  }

  private static SealOptions options(SealLevel level, Instant now) {
    return SealOptions.invisible(level, "Broken Earlier Test", now);
  }
}
