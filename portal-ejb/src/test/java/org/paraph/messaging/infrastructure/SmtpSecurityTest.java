package org.paraph.messaging.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * STARTTLS as Jakarta Mail gets it: required as soon as a user (and so a password) is configured,
 * unless turned off explicitly; plain SMTP for a relay without a user, as before.
 */
class SmtpSecurityTest {

  @Test
  void aUserMakesStartTlsRequired() {
    Properties properties =
        ConfiguredMailSender.smtpProperties(config(Optional.of("mailer"), null));

    assertEquals("true", properties.get("mail.smtp.starttls.enable"));
    assertEquals("true", properties.get("mail.smtp.starttls.required"));
    assertEquals("true", properties.get("mail.smtp.auth"));
    assertTrue(
        ConfiguredMailSender.describe(config(Optional.of("mailer"), null))
            .contains("STARTTLS required"));
  }

  @Test
  void aUserWithStartTlsTurnedOffExplicitlyIsPlainAndSaidLoudly() {
    MessagingConfig config = config(Optional.of("mailer"), false);
    Properties properties = ConfiguredMailSender.smtpProperties(config);

    assertEquals("false", properties.get("mail.smtp.starttls.enable"));
    assertEquals("false", properties.get("mail.smtp.starttls.required"));
    assertTrue(config.smtpStartTlsTurnedOffWithUser());
    assertTrue(ConfiguredMailSender.describe(config).contains("PLAIN TEXT"));
  }

  @Test
  void aRelayWithoutAUserStaysPlainUnlessAskedForStartTls() {
    Properties plain = ConfiguredMailSender.smtpProperties(config(Optional.empty(), null));
    Properties asked = ConfiguredMailSender.smtpProperties(config(Optional.empty(), true));

    assertEquals("false", plain.get("mail.smtp.starttls.required"));
    assertNull(plain.get("mail.smtp.auth"));
    assertEquals("true", asked.get("mail.smtp.starttls.enable"));
    assertEquals("true", asked.get("mail.smtp.starttls.required"));
  }

  @Test
  void aBlankUserIsNoUser() {
    Properties properties = ConfiguredMailSender.smtpProperties(config(Optional.of(" "), null));

    assertEquals("false", properties.get("mail.smtp.starttls.required"));
  }

  private static MessagingConfig config(Optional<String> user, Boolean startTls) {
    MessagingConfig config = new MessagingConfig();
    config.smtpHost = Optional.of("smtp.example.org");
    config.smtpPort = 587;
    config.smtpUser = user;
    config.smtpPassword = Optional.of("secret");
    config.smtpStartTls = Optional.ofNullable(startTls);
    return config;
  }
}
