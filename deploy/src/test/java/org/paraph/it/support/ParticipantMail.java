package org.paraph.it.support;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What participants find in their mail: the link token and the one-time password. Reads messages
 * from a real SMTP server in the test (GreenMail) or, for a portal without SMTP, from the outbox
 * folder it writes {@code .eml} files to.
 */
public final class ParticipantMail {

  private static final Pattern LINK = Pattern.compile("/sign/([A-Za-z0-9_-]{20,})");
  private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

  private ParticipantMail() {}

  /** The token of the link in a mail body. */
  public static String linkIn(String body) {
    Matcher matcher = LINK.matcher(body);
    if (!matcher.find()) {
      throw new AssertionError("no participant link in: " + body);
    }
    return matcher.group(1);
  }

  /** The six-digit one-time password in a mail body. */
  public static String codeIn(String body) {
    Matcher matcher = CODE.matcher(body);
    if (!matcher.find()) {
      throw new AssertionError("no one-time password in: " + body);
    }
    return matcher.group(1);
  }

  public static String bodyOf(MimeMessage message) {
    try {
      return message.getContent().toString();
    } catch (Exception e) {
      throw new AssertionError("unreadable mail", e);
    }
  }

  /**
   * The bodies of the mails to a recipient in the portal's outbox folder, oldest first, waiting up
   * to a minute for at least {@code count} of them.
   */
  public static List<String> awaitOutbox(ParaphServer server, String recipient, int count)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
    List<String> bodies = outbox(server, recipient);
    while (bodies.size() < count && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      bodies = outbox(server, recipient);
    }
    if (bodies.size() < count) {
      throw new AssertionError(
          "expected " + count + " mails to " + recipient + " in the outbox, found " + bodies);
    }
    return bodies;
  }

  private static List<String> outbox(ParaphServer server, String recipient) throws IOException {
    Path folder = server.dataDir().resolve("outbox").resolve("mail");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      // Named <millis>-<uuid>.eml: the name's number orders them.
      files =
          listing
              .filter(f -> f.toString().endsWith(".eml"))
              .sorted(
                  (a, b) ->
                      Long.compare(millisOf(a), millisOf(b)) != 0
                          ? Long.compare(millisOf(a), millisOf(b))
                          : a.compareTo(b))
              .toList();
    }
    Session session = Session.getInstance(new Properties());
    List<String> bodies = new ArrayList<>();
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        MimeMessage message = new MimeMessage(session, in);
        if (((InternetAddress) message.getAllRecipients()[0]).getAddress().equals(recipient)) {
          bodies.add(bodyOf(message));
        }
      } catch (jakarta.mail.MessagingException e) {
        throw new IOException("unreadable outbox mail " + file, e);
      }
    }
    return bodies;
  }

  private static long millisOf(Path file) {
    String name = file.getFileName().toString();
    return Long.parseLong(name.substring(0, name.indexOf('-')));
  }
}
