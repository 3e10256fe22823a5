package org.paraph.it.support;

import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives the system tests that follow what participants receive the one mailing portal of their test
 * JVM: started, with its mail and SMS receivers, before the first test that asks for it, and
 * stopped when the JVM exits. One server for this configuration instead of one per class saves a
 * server start (30 to 60 s) per class; the classes of a JVM run one after the other, and each reads
 * only the mail of addresses of its own.
 */
public final class SharedMailingServer implements ParameterResolver {

  public static final String SMS_TOKEN = "sms-gateway-token";

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == MailingPortal.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return SharedForThisJvm.get(SharedMailingServer.class, SharedMailingServer::start).portal();
  }

  private static Running start() {
    RefusingGreenMail mail = new RefusingGreenMail();
    SmsGateway sms = null;
    try {
      mail.start();
      sms = new SmsGateway();
      ParaphServer server =
          ParaphServer.create(
                  "mailing",
                  ParaphServer.mailingTo(
                      mail.port(),
                      Map.of(
                          "PARAPH_SMS_GATEWAY_URL",
                          sms.url(),
                          "PARAPH_SMS_GATEWAY_TOKEN",
                          SMS_TOKEN,
                          // The SMS gateway and the tests' callback receivers listen on the
                          // loopback: the operator allows exactly that address.
                          "PARAPH_FETCH_ALLOW",
                          "127.0.0.1")))
              .start();
      return new Running(new MailingPortal(server, mail, sms));
    } catch (Exception e) {
      mail.stop();
      if (sms != null) {
        sms.close();
      }
      throw new IllegalStateException("The shared mailing server did not start", e);
    }
  }

  /** Closed when the JVM that ran the tests exits. */
  private record Running(MailingPortal portal) implements AutoCloseable {
    @Override
    public void close() {
      portal.server().close();
      portal.mail().stop();
      portal.sms().close();
    }
  }
}
