package org.paraph.messaging.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paraph.shared.domain.ConfigurationException;

class OutboxMessageTest {

  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

  private static final TextCipher CIPHER = TestCiphers.aesUnderARandomKey();

  private static OutboxMessage invitation() {
    return OutboxMessage.of(new EmailMessage("alice@example.org", "Sign", "Hello"), CIPHER, NOW);
  }

  @Test
  void aNewMessageIsDueAtOnce() {
    OutboxMessage message = invitation();

    assertEquals(OutboxMessage.State.PENDING, message.state());
    assertEquals(NOW, message.nextAttemptAt());
    assertEquals(MessageChannel.MAIL, message.channel());
    assertEquals(new EmailMessage("alice@example.org", "Sign", "Hello"), message.email(CIPHER));
  }

  @Test
  void aServerThatIsDownIsTriedAgainWithAGrowingDelay() {
    OutboxMessage message = invitation();

    message.failed("Connection refused", false, NOW);
    assertEquals(OutboxMessage.State.PENDING, message.state());
    assertEquals(NOW.plusSeconds(2), message.nextAttemptAt());
    assertEquals("Connection refused", message.lastError());

    Instant later = NOW.plusSeconds(2);
    message.failed("Connection refused", false, later);
    assertEquals(later.plusSeconds(4), message.nextAttemptAt());
    assertEquals(2, message.attempts());
  }

  @Test
  void theDelayStopsGrowingAtAnHourAndTheMessageFailsAfterTheLastAttempt() {
    OutboxMessage message = invitation();
    Instant at = NOW;
    for (int i = 1; i < OutboxMessage.MAX_ATTEMPTS; i++) {
      message.failed("timeout", false, at);
      assertTrue(Duration.between(at, message.nextAttemptAt()).compareTo(Duration.ofHours(1)) <= 0);
      at = message.nextAttemptAt();
    }
    assertEquals(OutboxMessage.State.PENDING, message.state());
    assertTrue(
        Duration.between(NOW, at).compareTo(Duration.ofHours(12)) > 0,
        "retries cover a long outage: " + Duration.between(NOW, at));

    message.failed("timeout", false, at);
    assertEquals(OutboxMessage.State.FAILED, message.state());
    assertEquals(OutboxMessage.MAX_ATTEMPTS, message.attempts());
  }

  @Test
  void aRefusedRecipientFailsAtOnceWithTheServersReply() {
    OutboxMessage message = invitation();

    message.failed("550 5.1.1 Recipient address rejected", true, NOW);

    assertEquals(OutboxMessage.State.FAILED, message.state());
    assertEquals(1, message.attempts());
    assertEquals("550 5.1.1 Recipient address rejected", message.lastError());
  }

  @Test
  void aSentMessageKeepsWhenItWentAndNoError() {
    OutboxMessage message = invitation();
    message.failed("Connection refused", false, NOW);

    message.sent(NOW.plusSeconds(2));

    assertEquals(OutboxMessage.State.SENT, message.state());
    assertEquals(NOW.plusSeconds(2), message.sentAt());
    assertNull(message.lastError());
    assertEquals(2, message.attempts());
  }

  @Test
  void aLongErrorIsCutToWhatTheColumnHolds() {
    OutboxMessage message = invitation();

    message.failed("x".repeat(5000), false, NOW);

    assertEquals(1000, message.lastError().length());
  }

  @Test
  void whileItWaitsTheMessageIsSentWholeAndAdministratorsSeeItWithoutItsSecrets() {
    OutboxMessage message =
        OutboxMessage.of(
            new EmailMessage(
                "alice@example.org",
                "Sign: lease",
                "Open https://p.example/sign/Tok3n_-x\n",
                List.of("Tok3n_-x")),
            CIPHER,
            NOW);

    assertEquals(
        new EmailMessage(
            "alice@example.org", "Sign: lease", "Open https://p.example/sign/Tok3n_-x\n"),
        message.email(CIPHER));
    assertEquals("Open https://p.example/sign/[redacted]\n", message.redactedBody());
    assertEquals("Sign: lease", message.subject());
  }

  @Test
  void aMessageReadWithAnotherKeyIsRefusedNotSentGarbled() {
    OutboxMessage message =
        OutboxMessage.of(
            new SmsMessage("+33612345678", "123456 is your code", List.of("123456")), CIPHER, NOW);

    assertThrows(ConfigurationException.class, () -> message.sms(TestCiphers.aesUnderARandomKey()));
  }

  @Test
  void onceSentOnlyTheRedactedCopyRemainsEvenForTheSender() {
    OutboxMessage message =
        OutboxMessage.of(
            new SmsMessage("+33612345678", "654321 is your Paraph code", List.of("654321")),
            CIPHER,
            NOW);

    message.sent(NOW);

    assertEquals(
        new SmsMessage("+33612345678", "[redacted] is your Paraph code"), message.sms(CIPHER));
    assertEquals("[redacted] is your Paraph code", message.redactedBody());
  }

  @Test
  void aMessageGivenUpKeepsNoSecretEither() {
    OutboxMessage message =
        OutboxMessage.of(
            new EmailMessage("x@example.org", "Code", "Your code: 654321", List.of("654321")),
            CIPHER,
            NOW);

    message.failed("550 no such user", true, NOW);

    assertEquals("Your code: [redacted]", message.email(CIPHER).body());
    assertEquals("Your code: [redacted]", message.redactedBody());
  }

  @Test
  void aMessageThatIsStillRetriedKeepsWhatItMustSend() {
    OutboxMessage message =
        OutboxMessage.of(
            new EmailMessage("x@example.org", "Code", "Your code: 654321", List.of("654321")),
            CIPHER,
            NOW);

    message.failed("Connection refused", false, NOW);

    assertEquals("Your code: 654321", message.email(CIPHER).body());
    assertEquals("Your code: [redacted]", message.redactedBody());
  }
}
