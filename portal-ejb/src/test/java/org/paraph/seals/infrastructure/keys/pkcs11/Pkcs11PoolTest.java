package org.paraph.seals.infrastructure.keys.pkcs11;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.Indication;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.seals.domain.InvalidCredentialException;
import org.paraph.seals.domain.Pkcs11Settings;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.TokenUsage;
import org.paraph.seals.infrastructure.sealing.PadesSealer;
import org.paraph.testsupport.DssTestValidation;
import org.paraph.testsupport.SoftHsm;
import org.paraph.testsupport.TestPdfs;
import org.paraph.trust.infrastructure.DemoCrlIssuer;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;

/** One seal backed by two real SoftHSM2 tokens holding the same key, used in parallel. */
class Pkcs11PoolTest {

  private static final String ORGANISATION = "Pool Records, Ltd.";
  private static final String KEY_LABEL = "pool-seal";
  private static final String OTHER_LABEL = "pool-other";
  private static final String PIN = SoftHsm.USER_PIN;

  private static DemoPki pki;
  private static DssTestValidation validation;
  private static SoftHsm tokenA;
  private static SoftHsm tokenB;

  private final PadesSealer sealer = new PadesSealer(new PdfInspector());
  private final List<Pkcs11Pool> pools = new ArrayList<>();

  @BeforeAll
  static void initialiseTokens() {
    Instant now = Instant.now();
    pki = new DemoPkiGenerator().generate(ORGANISATION, "https://paraph.test", now);
    validation =
        DssTestValidation.trusting(pki.root().signingCertificate())
            .withCrl(pki.crlUrl(), new DemoCrlIssuer().issue(pki.root(), now));
    tokenA = SoftHsm.initialise("paraph-pool-a", PIN);
    tokenB = SoftHsm.initialise("paraph-pool-b", PIN);
    tokenA.importKey(KEY_LABEL, pki.seal(), PIN);
    tokenB.importKey(KEY_LABEL, pki.seal(), PIN);
    // Under another label, each token holds a key of its own: tokens that do not form a pool.
    // (A token keeps one entry per certificate, so these are other certificates than the pool's.)
    DemoPkiGenerator generator = new DemoPkiGenerator();
    tokenA.importKey(
        OTHER_LABEL, generator.generate("Some Ltd.", "https://paraph.test", now).seal(), PIN);
    tokenB.importKey(
        OTHER_LABEL, generator.generate("Other Ltd.", "https://paraph.test", now).seal(), PIN);
  }

  @AfterEach
  void closePools() {
    pools.forEach(Pkcs11Pool::close);
  }

  @Test
  void concurrentSealsUseBothTokensAndAllValidate() throws Exception {
    Pkcs11Pool pool = open(KEY_LABEL);
    int seals = 24;
    ExecutorService threads = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<byte[]>> results = new ArrayList<>();
    try {
      for (int i = 0; i < seals; i++) {
        results.add(
            threads.submit(
                () -> {
                  start.await();
                  return sealer.seal(
                      TestPdfs.onePage(),
                      pool,
                      SealOptions.invisible(SealLevel.B_B, ORGANISATION, Instant.now()),
                      null);
                }));
      }
      start.countDown();
      for (Future<byte[]> result : results) {
        assertEquals(
            List.of(Indication.TOTAL_PASSED),
            DssTestValidation.signatureIndications(validation.validate(result.get())));
      }
    } finally {
      threads.shutdownNow();
    }

    List<Long> perToken = pool.signaturesPerToken();
    assertEquals(seals, perToken.get(0) + perToken.get(1), perToken.toString());
    assertTrue(perToken.get(0) > 0 && perToken.get(1) > 0, "both tokens signed: " + perToken);
    assertEquals(List.of(1, 1), pool.loginsPerToken(), "one login per token, none per signature");
    assertEquals(
        List.of(
            new TokenUsage(tokenA.slot(), perToken.get(0), 1),
            new TokenUsage(tokenB.slot(), perToken.get(1), 1)),
        pool.usage());
  }

  @Test
  void tokensHoldingDifferentCertificatesAreRefused() {
    InvalidCredentialException failure =
        assertThrows(InvalidCredentialException.class, () -> open(OTHER_LABEL));

    assertTrue(
        failure.getMessage().contains("must hold the same certificate"), failure.getMessage());
    assertTrue(failure.getMessage().contains("Other Ltd."), failure.getMessage());
  }

  private Pkcs11Pool open(String label) {
    Pkcs11Pool pool =
        Pkcs11Pool.open(
            List.of(
                new Pkcs11Settings(tokenA.libraryPath(), tokenA.slot(), label, PIN),
                new Pkcs11Settings(tokenB.libraryPath(), tokenB.slot(), label, PIN)));
    pools.add(pool);
    return pool;
  }
}
