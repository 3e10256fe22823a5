package org.paraph.messaging.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paraph.shared.application.PortalConfig;

/** Outgoing mail and SMS settings, from {@code PARAPH_SMTP_*}, {@code PARAPH_SMS_*}. */
@ApplicationScoped
public class MessagingConfig {

  @Inject
  @ConfigProperty(name = "paraph.smtp.host")
  Optional<String> smtpHost;

  @Inject
  @ConfigProperty(name = "paraph.smtp.port", defaultValue = "25")
  int smtpPort;

  @Inject
  @ConfigProperty(name = "paraph.smtp.user")
  Optional<String> smtpUser;

  @Inject
  @ConfigProperty(name = "paraph.smtp.password")
  Optional<String> smtpPassword;

  @Inject
  @ConfigProperty(name = "paraph.smtp.starttls", defaultValue = "false")
  boolean smtpStartTls;

  @Inject
  @ConfigProperty(name = "paraph.mail.from", defaultValue = "paraph@localhost")
  String mailFrom;

  @Inject
  @ConfigProperty(name = "paraph.sms.gateway.url")
  Optional<String> smsGatewayUrl;

  @Inject
  @ConfigProperty(name = "paraph.sms.gateway.token")
  Optional<String> smsGatewayToken;

  @Inject PortalConfig portal;

  /** The SMTP host, or empty: mail goes to the outbox folder. */
  public Optional<String> smtpHost() {
    return smtpHost.filter(host -> !host.isBlank());
  }

  public int smtpPort() {
    return smtpPort;
  }

  public Optional<String> smtpUser() {
    return smtpUser.filter(user -> !user.isBlank());
  }

  public Optional<String> smtpPassword() {
    return smtpPassword;
  }

  public boolean smtpStartTls() {
    return smtpStartTls;
  }

  public String mailFrom() {
    return mailFrom;
  }

  public Optional<String> smsGatewayUrl() {
    return smsGatewayUrl.filter(url -> !url.isBlank());
  }

  public Optional<String> smsGatewayToken() {
    return smsGatewayToken.filter(token -> !token.isBlank());
  }

  /** Where undelivered-by-design messages are written when no server or gateway is configured. */
  public Path outbox() {
    return portal.dataDirectory().resolve("outbox");
  }
}
