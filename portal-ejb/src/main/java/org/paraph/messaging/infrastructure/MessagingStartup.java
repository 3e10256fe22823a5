package org.paraph.messaging.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * At start: says in the server log how mail and SMS leave the portal (SMTP with or without
 * STARTTLS, a gateway, or the outbox folder), so that an operator sees at once whether links and
 * codes travel encrypted; and tightens the outbox folder that an earlier version wrote with the
 * default permissions (files 0600, folders 0700).
 */
@Singleton
@Startup
public class MessagingStartup {

  private static final Logger LOG = Logger.getLogger(MessagingStartup.class.getName());

  @Inject MessagingConfig config;

  @PostConstruct
  void start() {
    String mail = ConfiguredMailSender.describe(config);
    if (config.smtpStartTlsTurnedOffWithUser()) {
      LOG.warning(mail);
    } else {
      LOG.info(mail);
    }
    LOG.info(
        config.smsGatewayUrl().isPresent()
            ? "Text messages go to the SMS gateway " + gatewayHost()
            : "No SMS gateway configured (PARAPH_SMS_GATEWAY_URL): text messages are written to "
                + config.outbox().resolve("sms"));
    for (String channel : new String[] {"mail", "sms"}) {
      Path folder = config.outbox().resolve(channel);
      try {
        int changed = OutboxFolder.restrictExisting(folder);
        if (changed > 0) {
          LOG.info(
              () ->
                  "Outbox folder "
                      + folder
                      + ": restricted "
                      + changed
                      + " file(s) or folder(s) to the portal's account");
        }
      } catch (IOException e) {
        LOG.warning("Cannot restrict the permissions of the outbox folder " + folder + ": " + e);
      }
    }
  }

  /** The gateway's host only: its URL may carry a key in its path or query. */
  private String gatewayHost() {
    try {
      return URI.create(config.smsGatewayUrl().get()).getHost();
    } catch (IllegalArgumentException e) {
      return "(an address that is not a valid URL)";
    }
  }
}
