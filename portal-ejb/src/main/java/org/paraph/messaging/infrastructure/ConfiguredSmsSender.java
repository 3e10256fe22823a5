package org.paraph.messaging.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.paraph.messaging.domain.MessageDeliveryException;
import org.paraph.messaging.domain.SmsMessage;
import org.paraph.messaging.domain.SmsSender;
import org.paraph.shared.infrastructure.GuardedHttp;
import org.paraph.shared.infrastructure.OutboundGuard;

/**
 * Sends text messages through an HTTP gateway when {@code PARAPH_SMS_GATEWAY_URL} is set: a JSON
 * POST {@code {"to": "+33...", "text": "..."}} with an optional bearer token, which most SMS
 * providers accept directly or behind a small adapter. Without a gateway each message is written
 * into the outbox folder (the development outbox).
 */
@ApplicationScoped
public class ConfiguredSmsSender implements SmsSender {

  private static final Logger LOG = Logger.getLogger(ConfiguredSmsSender.class.getName());

  @Inject MessagingConfig config;
  @Inject Clock clock;

  // The gateway is the operator's, yet it passes the outbound guard: one on the organisation's
  // own network is listed in PARAPH_FETCH_ALLOW.
  @Inject OutboundGuard guard;

  private CloseableHttpClient http;

  @Override
  public void send(SmsMessage message) {
    String json =
        Json.createObjectBuilder()
            .add("to", message.to())
            .add("text", message.text())
            .build()
            .toString();
    try {
      if (config.smsGatewayUrl().isPresent()) {
        post(config.smsGatewayUrl().get(), json);
      } else {
        Path file =
            OutboxFolder.write(
                config.outbox().resolve("sms"),
                "json",
                clock,
                out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
        LOG.info(() -> "No SMS gateway configured: message written to " + file);
      }
    } catch (IOException e) {
      throw MessageDeliveryException.textMessage(message.to(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw MessageDeliveryException.textMessage(message.to(), e);
    }
  }

  private void post(String url, String json) throws IOException, InterruptedException {
    HttpPost request = new HttpPost(url.strip());
    request.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
    config
        .smsGatewayToken()
        .ifPresent(token -> request.setHeader("Authorization", "Bearer " + token));
    int status = client().execute(request, HttpResponse::getCode);
    if (status / 100 != 2) {
      throw new IOException("the gateway answered HTTP " + status);
    }
  }

  private synchronized CloseableHttpClient client() {
    if (http == null) {
      http = GuardedHttp.client(Duration.ofSeconds(10), Duration.ofSeconds(20), guard, 0);
    }
    return http;
  }
}
