package org.paraph.messaging.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Logger;
import org.paraph.messaging.domain.EmailMessage;
import org.paraph.messaging.domain.MailSender;
import org.paraph.messaging.domain.MessageDeliveryException;

/**
 * Sends mail over SMTP when {@code PARAPH_SMTP_HOST} is set; otherwise writes each message as an
 * {@code .eml} file into the outbox folder of the data directory, so that a portal run without a
 * mail server still shows what it would have sent.
 */
@ApplicationScoped
public class ConfiguredMailSender implements MailSender {

  private static final Logger LOG = Logger.getLogger(ConfiguredMailSender.class.getName());

  @Inject MessagingConfig config;
  @Inject Clock clock;

  private Session session;

  @PostConstruct
  void createSession() {
    Properties properties = smtpProperties(config);
    Authenticator authenticator = null;
    if (config.smtpUser().isPresent()) {
      String user = config.smtpUser().get();
      String password = config.smtpPassword().orElse("");
      authenticator =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user, password);
            }
          };
    }
    session = Session.getInstance(properties, authenticator);
  }

  /**
   * The Jakarta Mail settings. With STARTTLS on, it is also required: a server (or a man in the
   * middle) that does not offer it gets nothing rather than the password and the mail in clear.
   */
  static Properties smtpProperties(MessagingConfig config) {
    Properties properties = new Properties();
    config.smtpHost().ifPresent(host -> properties.put("mail.smtp.host", host));
    properties.put("mail.smtp.port", String.valueOf(config.smtpPort()));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "20000");
    properties.put("mail.smtp.writetimeout", "20000");
    properties.put("mail.smtp.starttls.enable", String.valueOf(config.smtpStartTls()));
    properties.put("mail.smtp.starttls.required", String.valueOf(config.smtpStartTls()));
    if (config.smtpUser().isPresent()) {
      properties.put("mail.smtp.auth", "true");
    }
    return properties;
  }

  /** How mail leaves the portal, in words for the server log at start. */
  static String describe(MessagingConfig config) {
    if (config.smtpHost().isEmpty()) {
      return "No SMTP server configured (PARAPH_SMTP_HOST): mail is written to "
          + config.outbox().resolve("mail");
    }
    String server =
        "Mail goes to the SMTP server " + config.smtpHost().get() + ":" + config.smtpPort();
    String user = config.smtpUser().map(u -> " as user " + u).orElse(" without authentication");
    if (config.smtpStartTls()) {
      return server + user + ", STARTTLS required (the connection is refused without it)";
    }
    if (config.smtpStartTlsTurnedOffWithUser()) {
      return server
          + user
          + " in PLAIN TEXT: STARTTLS turned off by PARAPH_SMTP_STARTTLS=false, so the password"
          + " and the participants' links cross the network unencrypted";
    }
    return server
        + user
        + ", plain SMTP (no STARTTLS; set PARAPH_SMTP_STARTTLS=true to require it)";
  }

  @Override
  public void send(EmailMessage message) {
    try {
      MimeMessage mime = new MimeMessage(session);
      mime.setFrom(new InternetAddress(config.mailFrom()));
      mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.to(), true));
      mime.setSubject(message.subject(), "UTF-8");
      mime.setText(message.body(), "UTF-8");
      mime.setSentDate(Date.from(clock.instant()));
      if (config.smtpHost().isPresent()) {
        Transport.send(mime);
      } else {
        writeToOutbox(mime);
      }
    } catch (AddressException e) {
      throw MessageDeliveryException.email(message.to(), e, true);
    } catch (SendFailedException e) {
      throw MessageDeliveryException.email(message.to(), reason(e), refused(e));
    } catch (MessagingException | IOException e) {
      throw MessageDeliveryException.email(message.to(), e, false);
    }
  }

  /**
   * Jakarta Mail lists a recipient the server refused with a 5xx reply as invalid, and one refused
   * with a 4xx reply (mailbox busy, try later) as valid but unsent: only the first is for good.
   */
  private static boolean refused(SendFailedException e) {
    Address[] invalid = e.getInvalidAddresses();
    return invalid != null && invalid.length > 0;
  }

  /** The server's own words ("550 mailbox unavailable") are in the nested exception. */
  private static Exception reason(SendFailedException e) {
    return e.getNextException() != null ? e.getNextException() : e;
  }

  private void writeToOutbox(MimeMessage mime) throws IOException, MessagingException {
    Path file =
        OutboxFolder.write(
            config.outbox().resolve("mail"),
            "eml",
            clock,
            out -> {
              try {
                mime.writeTo(out);
              } catch (MessagingException e) {
                throw new IOException("mail cannot be written: " + e.getMessage(), e);
              }
            });
    LOG.info(() -> "No SMTP server configured: mail written to " + file);
  }
}
