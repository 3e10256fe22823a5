package org.paraph.workflows.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.paraph.identity.domain.User;
import org.paraph.identity.domain.UserRepository;
import org.paraph.shared.i18n.PortalTexts;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.Workflow;

/**
 * The language the portal writes to someone in: the setting of their portal account when they have
 * one and the portal has texts in it ({@link PortalTexts#forReader}), else English. A participant
 * outside the portal has no setting, so they get English.
 */
@ApplicationScoped
public class ReaderLocales {

  @Inject UserRepository users;

  /** A participant's: that of the portal user they act as, if any. */
  public Locale of(Participant participant) {
    return ofUser(participant.portalUser());
  }

  /** The workflow's sender's. */
  public Locale ofSender(Workflow workflow) {
    return ofUser(workflow.senderName());
  }

  private Locale ofUser(String username) {
    Optional<Locale> chosen =
        username == null ? Optional.empty() : users.findByUsername(username).flatMap(User::locale);
    return PortalTexts.forReader(chosen);
  }
}
