package org.paraph.workflows.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.paraph.shared.domain.ProblemText;
import org.paraph.shared.i18n.PortalTexts;
import org.paraph.shared.infrastructure.GuardedHttp;
import org.paraph.shared.infrastructure.OutboundGuard;
import org.paraph.shared.infrastructure.OutboundGuard.RefusedAddressException;
import org.paraph.workflows.domain.CallbackTransport;

/**
 * Posts one callback: the JSON body, signed with HMAC-SHA256 under the workflow's callback secret.
 * The header {@code Paraph-Signature: t=<unix seconds>,v1=<hex>} signs {@code t + "." + body}, so a
 * receiver checks both the body and how old it is, and a replayed old delivery shows.
 */
@ApplicationScoped
public class CallbackPoster implements CallbackTransport {

  @Inject OutboundGuard guard;

  private CloseableHttpClient http;

  @PostConstruct
  void openClient() {
    // No redirects (one could lead inside); the checked resolver connects only to the addresses
    // it let through, so a name that resolves differently the second time gets nowhere.
    http = GuardedHttp.client(Duration.ofSeconds(5), Duration.ofSeconds(10), guard, 0);
  }

  @PreDestroy
  void closeClient() throws IOException {
    http.close();
  }

  @Override
  public Attempt post(
      String url, String event, String deliveryId, String body, String secret, Instant now) {
    Optional<ProblemText> refusal = guard.refusal(url);
    if (refusal.isPresent()) {
      // The delivery's record is kept in the portal's default language, as the log is.
      return new Attempt(null, refusal.get().in(PortalTexts.DEFAULT));
    }
    long timestamp = now.getEpochSecond();
    HttpPost request = new HttpPost(URI.create(url.strip()));
    request.setHeader("Paraph-Event", event);
    request.setHeader("Paraph-Delivery", deliveryId);
    request.setHeader(
        "Paraph-Signature", "t=" + timestamp + ",v1=" + hmac(secret, timestamp, body));
    request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
    try {
      int status = http.execute(request, HttpResponse::getCode);
      return new Attempt(status, status / 100 == 2 ? null : "HTTP " + status);
    } catch (RefusedAddressException e) {
      return new Attempt(null, e.getMessage());
    } catch (IOException e) {
      return new Attempt(null, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** HMAC-SHA256 of {@code "<timestamp>.<body>"} under the secret, in hex. */
  public static String hmac(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK has no HmacSHA256", e);
    }
  }
}
