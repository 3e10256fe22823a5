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

  /** Absent unless set: absent means "required when there is a user". */
  @Inject
  @ConfigProperty(name = "paraph.smtp.starttls")
  Optional<Boolean> smtpStartTls;

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

  /**
   * Whether the SMTP connection must be upgraded with STARTTLS before anything is sent: as {@code
   * PARAPH_SMTP_STARTTLS} says when it is set; otherwise whenever a user is configured, so that the
   * password and the participants' links never cross the network in clear by default. A server
   * without a user (a relay on the same host or network, a test server) keeps plain SMTP unless
   * told otherwise.
   */
  public boolean smtpStartTls() {
    return smtpStartTls.orElse(smtpUser().isPresent());
  }

  /** Whether STARTTLS was turned off by {@code PARAPH_SMTP_STARTTLS=false} while a user is set. */
  public boolean smtpStartTlsTurnedOffWithUser() {
    return smtpUser().isPresent() && smtpStartTls.isPresent() && !smtpStartTls.get();
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
