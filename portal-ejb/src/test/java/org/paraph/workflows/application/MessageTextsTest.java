package org.paraph.workflows.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paraph.shared.i18n.PortalTexts;
import org.paraph.shared.i18n.PseudoLocale;
import org.paraph.testsupport.PseudoTexts;
import org.paraph.workflows.domain.AuthenticationChannel;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.ParticipantAction;
import org.paraph.workflows.domain.ParticipantDetails;
import org.paraph.workflows.domain.SignatureMode;
import org.paraph.workflows.domain.Workflow;
import org.paraph.workflows.domain.WorkflowSettings;

/**
 * The messages read in English exactly as the portal wrote them before they came from the bundle
 * (the system tests and people's mail filters read them), and in the pseudo-locale every word of
 * them comes from the bundle.
 */
class MessageTextsTest {

  private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
  private static final Instant EXPIRES = Instant.parse("2026-11-28T17:30:00Z");
  private static final String LINK = "https://paraph.example/sign/AbC-12_x";
  private static final String DASHBOARD = "https://paraph.example/app/workflows.xhtml";
  private static final PortalTexts ENGLISH = PortalTexts.of(Locale.ENGLISH);
  private static final PortalTexts PSEUDO = PortalTexts.of(PseudoLocale.LOCALE);

  /** What a participant's messages carry that is not a word of the portal's. */
  private static final String[] DATA = {
    "Alice Martin", "Jane Sender", "Lease 2027", "Please sign before Friday", LINK, DASHBOARD
  };

  private final Participant alice = participant("Please sign before Friday");

  @Test
  void theInvitationReadsInEnglishAsBefore() {
    MessageTexts.Message message = MessageTexts.invitation(ENGLISH, alice, LINK);

    assertEquals("Jane Sender asks you to sign: Lease 2027", message.subject());
    assertEquals(
        "Hello Alice Martin,\n\nJane Sender asks you to sign \"Lease 2027\".\n"
            + "\nMessage: Please sign before Friday\n"
            + "\nOpen this link to read and sign the documents:\n"
            + LINK
            + "\n\nThe link is personal: do not forward it. It works until 2026-11-28 17:30"
            + " UTC.\n",
        message.body());
    assertEquals("Paraph: Jane Sender asks you to sign \"Lease 2027\": " + LINK, message.sms());
  }

  @Test
  void anInvitationWithoutAMessageHasNoMessageLine() {
    MessageTexts.Message message = MessageTexts.invitation(ENGLISH, participant(" "), LINK);

    assertEquals(
        "Hello Alice Martin,\n\nJane Sender asks you to sign \"Lease 2027\".\n"
            + "\nOpen this link to read and sign the documents:\n"
            + LINK
            + "\n\nThe link is personal: do not forward it. It works until 2026-11-28 17:30"
            + " UTC.\n",
        message.body());
  }

  @Test
  void theReminderTheNewLinkAndTheResultReadInEnglishAsBefore() {
    MessageTexts.Message reminder = MessageTexts.reminder(ENGLISH, alice, LINK);
    assertEquals("Reminder: Jane Sender is waiting for your signature", reminder.subject());
    assertEquals(
        "Hello Alice Martin,\n\n\"Lease 2027\" is still waiting for your signature.\n\n"
            + "Open this link to read and sign the documents (earlier links no longer work):\n"
            + LINK
            + "\n\nThe link works until 2026-11-28 17:30 UTC.\n",
        reminder.body());
    assertEquals(
        "Paraph reminder: \"Lease 2027\" waits for your signature: " + LINK, reminder.sms());

    MessageTexts.Message newLink = MessageTexts.newLink(ENGLISH, alice, LINK);
    assertEquals("Jane Sender sent you a new link to sign: Lease 2027", newLink.subject());
    assertEquals(
        "Hello Alice Martin,\n\nJane Sender sent you a new link for \"Lease 2027\""
            + " (earlier links no longer work):\n"
            + LINK
            + "\n",
        newLink.body());
    assertEquals("Paraph: new link for \"Lease 2027\": " + LINK, newLink.sms());

    MessageTexts.Message result = MessageTexts.result(ENGLISH, alice, LINK);
    assertEquals("Completed: Lease 2027", result.subject());
    assertEquals(
        "Hello Alice Martin,\n\nEveryone has signed \"Lease 2027\". The documents are sealed.\n"
            + "Download them here:\n"
            + LINK
            + "\n",
        result.body());
    assertEquals("Paraph: \"Lease 2027\" is completed. Download: " + LINK, result.sms());
  }

  @Test
  void theOneTimePasswordAndTheLockedLinkReadInEnglishAsBefore() {
    MessageTexts.Message code = MessageTexts.oneTimePassword(ENGLISH, alice, "123456");
    String sentence =
        "123456 is your Paraph code to sign \"Lease 2027\". It expires in 10 minutes.";
    assertEquals("Your code to sign: Lease 2027", code.subject());
    assertEquals(
        "Hello Alice Martin,\n\n"
            + sentence
            + "\n\nIf you did not ask for it, ignore this message.\n",
        code.body());
    assertEquals(sentence, code.sms());

    MessageTexts.Message locked = MessageTexts.linkLocked(ENGLISH, alice, DASHBOARD);
    assertEquals("Link locked: Lease 2027", locked.subject());
    assertEquals(
        "Hello,\n\nAlice Martin typed a wrong one-time password five times for \"Lease 2027\","
            + " so their link is locked.\n"
            + "If they are who they say, send them a new link from your workflows page:\n"
            + DASHBOARD
            + "\n",
        locked.body());
    assertNull(locked.sms());
  }

  @Test
  void inThePseudoLocaleEveryWordOfEveryMessageComesFromTheBundle() {
    List<MessageTexts.Message> all =
        List.of(
            MessageTexts.invitation(PSEUDO, alice, LINK),
            MessageTexts.reminder(PSEUDO, alice, LINK),
            MessageTexts.newLink(PSEUDO, alice, LINK),
            MessageTexts.result(PSEUDO, alice, LINK),
            MessageTexts.oneTimePassword(PSEUDO, alice, "123456"),
            MessageTexts.linkLocked(PSEUDO, alice, DASHBOARD));
    for (MessageTexts.Message message : all) {
      for (String text : new String[] {message.subject(), message.body(), message.sms()}) {
        if (text != null) {
          assertEquals("", PseudoTexts.wordsOutsideTheBundle(text, DATA), text);
        }
      }
    }
  }

  /** The check can fail: English is all words outside the bundle's brackets. */
  @Test
  void theEnglishMessagesWouldFailThePseudoCheck() {
    assertNotEquals(
        "",
        PseudoTexts.wordsOutsideTheBundle(
            MessageTexts.invitation(ENGLISH, alice, LINK).body(), DATA));
  }

  private static Participant participant(String message) {
    Workflow workflow =
        new Workflow(
            new WorkflowSettings(
                "Lease 2027", EXPIRES, null, null, Set.of(SignatureMode.TYPED), Set.of(), null),
            "Jane Sender",
            NOW);
    return workflow.addParticipant(
        new ParticipantDetails(
            "Alice",
            "Martin",
            "alice@example.org",
            null,
            message,
            1,
            ParticipantAction.SIGN,
            AuthenticationChannel.EMAIL,
            null,
            List.of()));
  }
}
