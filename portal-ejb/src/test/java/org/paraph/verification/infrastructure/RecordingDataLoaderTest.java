package org.paraph.verification.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.europa.esig.dss.spi.exception.DSSExternalResourceException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.shared.infrastructure.OutboundGuard;
import org.paraph.testsupport.TrustedListServer;

/** One verification fetches at most its budget, whatever the document names. */
class RecordingDataLoaderTest {

  private TrustedListServer server;
  private ValidationDataFetcher fetcher;

  @BeforeEach
  void start() {
    server = new TrustedListServer();
    fetcher =
        new ValidationDataFetcher(
            Duration.ofSeconds(2),
            1024,
            Duration.ofMinutes(5),
            OutboundGuard.of(false, "127.0.0.1"),
            Clock.systemUTC());
  }

  @AfterEach
  void stop() throws Exception {
    fetcher.close();
    server.close();
  }

  @Test
  void fetchesBeyondTheBudgetAreRefusedAndSaidSo() {
    byte[] crl = "crl".getBytes(StandardCharsets.US_ASCII);
    String first = server.serve("/1.crl", crl);
    String second = server.serve("/2.crl", crl);
    FetchLog log = new FetchLog(1);
    RecordingDataLoader loader = new RecordingDataLoader(RecordingDataLoader.CRL, fetcher, log);

    assertArrayEquals(crl, loader.get(first));
    assertThrows(DSSExternalResourceException.class, () -> loader.get(second));

    assertEquals(0, server.requests("/2.crl"));
    assertEquals(
        List.of(
            "CRL at 127.0.0.1: not fetched, the document names more addresses than the verifier"
                + " follows"),
        log.problemsWith(List.of(first, second)));
  }

  @Test
  void anAnswerLargerThanTheLimitIsRefused() {
    String big = server.serve("/big.crl", new byte[2048]);
    FetchLog log = new FetchLog();

    assertThrows(
        DSSExternalResourceException.class,
        () -> new RecordingDataLoader(RecordingDataLoader.CRL, fetcher, log).get(big));

    assertEquals(
        List.of("CRL at 127.0.0.1: answer larger than 1024 bytes"), log.problemsWith(List.of(big)));
  }
}
