package org.paraph.seals.infrastructure.tsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealingFailedException;
import org.paraph.seals.infrastructure.sealing.PadesSealer;
import org.paraph.shared.infrastructure.OutboundGuard;
import org.paraph.testsupport.DssTestValidation;
import org.paraph.testsupport.TestPdfs;
import org.paraph.trust.infrastructure.DemoCrlIssuer;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;
import org.paraph.trust.infrastructure.DemoTimestampAuthority;

/**
 * A seal's timestamp authorities over real HTTP: a dead one is passed over for the next, and when
 * none answers the failure names them all. The live one is the portal's demo TSA served by a JDK
 * HTTP server, so the client speaks RFC 3161 over HTTP as with any external authority.
 */
class TimestampFailoverTest {

  private static DemoPki pki;
  private static DssTestValidation validation;
  private static HttpServer server;
  private static String liveUrl;
  private static final AtomicInteger requests = new AtomicInteger();

  private final PadesSealer sealer = new PadesSealer(new PdfInspector());
  private final TimestampAuthorities authorities =
      new TimestampAuthorities(null, OutboundGuard.of(false, "127.0.0.1"), 5);

  @BeforeAll
  static void startTheAuthority() throws IOException {
    Instant now = Instant.now();
    pki = new DemoPkiGenerator().generate("Acme", "https://paraph.test", now);
    validation =
        DssTestValidation.trusting(pki.root().signingCertificate())
            .withCrl(pki.crlUrl(), new DemoCrlIssuer().issue(pki.root(), now));
    DemoTimestampAuthority authority =
        new DemoTimestampAuthority(pki.timestampAuthority(), Clock.systemUTC());
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/tsa",
        exchange -> {
          requests.incrementAndGet();
          byte[] answer;
          try (InputStream in = exchange.getRequestBody()) {
            answer = authority.respond(in.readAllBytes());
          }
          exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
          exchange.sendResponseHeaders(200, answer.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
          }
        });
    server.start();
    liveUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa";
  }

  @AfterAll
  static void stopTheAuthority() {
    server.stop(0);
  }

  @Test
  void aDeadFirstAuthorityIsPassedOverAndTheSecondTimestampsTheSeal() throws IOException {
    String dead = deadUrl();
    int before = requests.get();

    byte[] sealed =
        sealer.seal(
            TestPdfs.onePage(),
            pki.seal(),
            SealOptions.invisible(SealLevel.B_T, "Acme", Instant.now()),
            authorities.forUrls(List.of(dead, liveUrl)));

    assertEquals(before + 1, requests.get(), "the live authority was asked once");
    Reports reports = validation.validate(sealed);
    assertEquals(
        List.of(Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(reports),
        DssTestValidation.explain(reports));
    SimpleReport report = reports.getSimpleReport();
    String signature = report.getFirstSignatureId();
    assertEquals(SignatureLevel.PAdES_BASELINE_T, report.getSignatureFormat(signature));
    assertEquals(1, report.getSignatureTimestamps(signature).size());
    assertEquals(
        Indication.PASSED,
        report.getIndication(report.getSignatureTimestamps(signature).get(0).getId()));
  }

  @Test
  void whenNoAuthorityAnswersTheFailureNamesEachOneTried() throws IOException {
    String first = deadUrl();
    String second = deadUrl();

    SealingFailedException failure =
        assertThrows(
            SealingFailedException.class,
            () ->
                sealer.seal(
                    TestPdfs.onePage(),
                    pki.seal(),
                    SealOptions.invisible(SealLevel.B_T, "Acme", Instant.now()),
                    authorities.forUrls(List.of(first, second))));

    assertEquals("timestamp-unavailable", failure.problemType());
    String message = failure.getMessage();
    assertTrue(message.contains(first) && message.contains(second), message);
    assertTrue(message.indexOf(first) < message.indexOf(second), "in the order tried: " + message);
  }

  @Test
  void anAuthorityOnAnInternalAddressIsRefusedUntilTheOperatorListsIt() {
    TimestampAuthorities unlisted =
        new TimestampAuthorities(null, OutboundGuard.of(false, "10.0.0.0/8"), 5);
    int before = requests.get();

    SealingFailedException failure =
        assertThrows(
            SealingFailedException.class,
            () ->
                sealer.seal(
                    TestPdfs.onePage(),
                    pki.seal(),
                    SealOptions.invisible(SealLevel.B_T, "Acme", Instant.now()),
                    unlisted.forUrls(List.of(liveUrl))));

    assertEquals("timestamp-unavailable", failure.problemType());
    String message = failure.getMessage();
    assertTrue(message.contains(liveUrl), message);
    assertTrue(message.contains("PARAPH_FETCH_ALLOW=127.0.0.1"), message);
    assertEquals(before, requests.get(), "the authority was never asked");
  }

  /** A port nothing listens on: bound, then closed, so a connection is refused at once. */
  private static String deadUrl() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/tsa";
    }
  }
}
