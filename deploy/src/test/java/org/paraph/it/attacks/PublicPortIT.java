package org.paraph.it.attacks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.SharedServer;

/**
 * The public HTTP port serves the portal and nothing else of the application server's: a client
 * asking it to switch to JBoss Remoting (WildFly's protocol for remote beans, JNDI and JMX) gets
 * the portal's own answer, not a protocol switch that would let it try the server's realms.
 */
@ExtendWith(SharedServer.class)
class PublicPortIT {

  @Test
  void anUpgradeToJBossRemotingIsNotSwitched(ParaphServer server) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET / HTTP/1.1\r\n"
                  + "Host: 127.0.0.1:"
                  + server.port()
                  + "\r\n"
                  + "Connection: Upgrade\r\n"
                  + "Upgrade: jboss-remoting\r\n"
                  + "Sec-JbossRemoting-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                  + "\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String statusLine =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();

      assertTrue(statusLine != null && statusLine.startsWith("HTTP/1.1 "), statusLine);
      assertFalse(statusLine.startsWith("HTTP/1.1 101"), "switched protocols: " + statusLine);
    }
  }
}
