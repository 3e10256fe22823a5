package org.paraph.messaging.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.paraph.messaging.domain.MessageDeliveryException;
import org.paraph.messaging.domain.SmsMessage;
import org.paraph.messaging.domain.SmsSender;

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

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

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
      throw new MessageDeliveryException("text message to " + message.to(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MessageDeliveryException("text message to " + message.to(), e);
    }
  }

  private void post(String url, String json) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    config.smsGatewayToken().ifPresent(token -> request.header("Authorization", "Bearer " + token));
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IOException("the gateway answered HTTP " + response.statusCode());
    }
  }
}
