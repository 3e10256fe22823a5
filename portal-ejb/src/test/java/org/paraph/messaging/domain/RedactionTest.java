package org.paraph.messaging.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTest {

  private static final String TOKEN = "q3Zx-_9aB0cD1eF2gH3iJ4kL5mN6oP7qR8sT9uV0wXy";

  @Test
  void everySecretTheSenderNamedIsReplacedWhereverItStands() {
    String text = "Open https://paraph.example/sign/" + TOKEN + "\nOr: " + TOKEN + "\nCode 042917.";

    assertEquals(
        "Open https://paraph.example/sign/[redacted]\nOr: [redacted]\nCode [redacted].",
        Redaction.of(text, List.of(TOKEN, "042917")));
  }

  @Test
  void aMessageWithoutSecretsIsKeptAsItIs() {
    String text = "Invoice 123456 is ready for \"Lease 2026\".";

    assertEquals(text, Redaction.of(text, List.of()));
    assertEquals(text, Redaction.of(text, java.util.Arrays.asList("", null)));
    assertNull(Redaction.of(null, List.of(TOKEN)));
  }

  @Test
  void oldMessagesLoseTheirLinkTokensAndCodesInTheFormsThePortalWroteThem() {
    String invitation =
        "Hello Alice,\n\nOpen this link to read and sign the documents:\n"
            + "https://paraph.example/sign/"
            + TOKEN
            + "\n\nThe link is personal: do not forward it. It works until 2026-12-31 18:00 UTC.\n";
    String sms = "Paraph: Bob asks you to sign \"Lease 123456\": https://p.example/sign/" + TOKEN;
    String code = "Hello Alice,\n\n042917 is your Paraph code to sign \"Lease 123456\".";

    assertEquals(invitation.replace(TOKEN, "[redacted]"), Redaction.ofKnownForms(invitation));
    assertEquals(sms.replace(TOKEN, "[redacted]"), Redaction.ofKnownForms(sms));
    // The workflow's name keeps its number: only the code is a secret.
    assertEquals(
        "Hello Alice,\n\n[redacted] is your Paraph code to sign \"Lease 123456\".",
        Redaction.ofKnownForms(code));
  }

  @Test
  void redactingTwiceChangesNothingMore() {
    String once = Redaction.ofKnownForms("https://p.example/sign/" + TOKEN);

    assertEquals("https://p.example/sign/[redacted]", once);
    assertEquals(once, Redaction.ofKnownForms(once));
  }
}
