package org.paraph.messaging.domain;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The copy of a message that the outbox keeps once the message is on its way: each secret it
 * carried (a participant's link token, a one-time password) replaced by {@value #MARK}, so that an
 * administrator sees what was sent and nobody who reads the table or a backup can use it.
 */
public final class Redaction {

  public static final String MARK = "[redacted]";

  /**
   * The two forms secrets have had in the portal's messages since the first release: the token of a
   * participant's link ({@code <base URL>/sign/<token>}, base64url) and the one-time password at
   * the start of its sentence. For rows written before the sender named its secrets.
   */
  private static final Pattern LINK_TOKEN = Pattern.compile("(?<=/sign/)[A-Za-z0-9_-]+");

  private static final Pattern CODE = Pattern.compile("\\b[0-9]{6}(?= is your Paraph code)");

  private Redaction() {}

  /** The text with every occurrence of each secret the sender named replaced. */
  public static String of(String text, Collection<String> secrets) {
    if (text == null) {
      return null;
    }
    String redacted = text;
    for (String secret : secrets) {
      if (secret != null && !secret.isBlank()) {
        redacted = redacted.replace(secret, MARK);
      }
    }
    return redacted;
  }

  /**
   * The text with link tokens and one-time passwords replaced where they stand in the portal's own
   * messages, for a message whose sender did not say what its secrets were (one queued before the
   * upgrade that introduced the redaction).
   */
  public static String ofKnownForms(String text) {
    if (text == null) {
      return null;
    }
    String withoutTokens = LINK_TOKEN.matcher(text).replaceAll(MARK);
    return CODE.matcher(withoutTokens).replaceAll(MARK);
  }
}
