package org.paraph.messaging.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.messaging.domain.EmailMessage;
import org.paraph.messaging.domain.MessageDeliveryException;

/**
 * A mail server that offers no STARTTLS (an old relay, or a man in the middle who strips it), met
 * by a portal configured with an SMTP user: it gets neither the password nor the mail, unless the
 * operator turned STARTTLS off explicitly.
 */
class SmtpStartTlsTest {

  private ServerSocket listener;
  private final List<String> commands = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startServerWithoutStartTls() throws IOException {
    listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    Thread thread = new Thread(this::serve, "fake-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  @AfterEach
  void stop() throws IOException {
    listener.close();
  }

  @Test
  void withAUserTheMailAndThePasswordAreNotSentInClear() {
    ConfiguredMailSender sender = sender(null);

    assertThrows(
        MessageDeliveryException.class,
        () -> sender.send(new EmailMessage("alice@example.org", "Code", "428196 is your code")));

    assertTrue(commands.stream().anyMatch(c -> c.startsWith("EHLO")), commands::toString);
    assertTrue(commands.stream().noneMatch(c -> c.startsWith("AUTH")), commands::toString);
    assertTrue(commands.stream().noneMatch(c -> c.startsWith("MAIL FROM")), commands::toString);
    assertTrue(commands.stream().noneMatch(c -> c.contains("428196")), commands::toString);
  }

  @Test
  void startTlsTurnedOffExplicitlyStillSends() {
    ConfiguredMailSender sender = sender(false);

    sender.send(new EmailMessage("alice@example.org", "Code", "428196 is your code"));

    assertTrue(commands.stream().anyMatch(c -> c.startsWith("AUTH")), commands::toString);
    assertEquals(
        1, commands.stream().filter(c -> c.startsWith("MAIL FROM")).count(), commands::toString);
  }

  private ConfiguredMailSender sender(Boolean startTls) {
    MessagingConfig config = new MessagingConfig();
    config.smtpHost = Optional.of("127.0.0.1");
    config.smtpPort = listener.getLocalPort();
    config.smtpUser = Optional.of("mailer");
    config.smtpPassword = Optional.of("mailer-password");
    config.smtpStartTls = Optional.ofNullable(startTls);
    config.mailFrom = "paraph@example.org";
    ConfiguredMailSender sender = new ConfiguredMailSender();
    sender.config = config;
    sender.clock = Clock.systemUTC();
    sender.createSession();
    return sender;
  }

  /** Just enough SMTP: offers AUTH PLAIN, never STARTTLS, accepts whatever it is sent. */
  private void serve() {
    while (!listener.isClosed()) {
      try (Socket socket = listener.accept();
          BufferedReader in =
              new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
          OutputStream out = socket.getOutputStream()) {
        reply(out, "220 fake ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
          commands.add(line);
          String command = line.toUpperCase();
          if (command.startsWith("EHLO")) {
            reply(out, "250-fake\r\n250-AUTH PLAIN\r\n250 8BITMIME");
          } else if (command.equals("AUTH PLAIN")) {
            reply(out, "334 ");
            commands.add(in.readLine());
            reply(out, "235 2.7.0 Authenticated");
          } else if (command.startsWith("AUTH")) {
            reply(out, "235 2.7.0 Authenticated");
          } else if (command.equals("DATA")) {
            reply(out, "354 go on");
            String data;
            while ((data = in.readLine()) != null && !data.equals(".")) {
              commands.add(data);
            }
            reply(out, "250 2.0.0 queued");
          } else if (command.startsWith("QUIT")) {
            reply(out, "221 bye");
            break;
          } else {
            reply(out, "250 OK");
          }
        }
      } catch (IOException closed) {
        // the test is over, or the client hung up
      }
    }
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }
}
