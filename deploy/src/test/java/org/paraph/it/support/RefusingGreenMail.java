package org.paraph.it.support;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A GreenMail SMTP server that refuses, as a real one refuses an unknown mailbox (550), every
 * recipient whose address starts with {@value #REFUSED}, and accepts the rest. Its port stays the
 * same across {@link #stop()} and {@link #start()}, so a test can take the mail server away from
 * the portal and give it back.
 */
public final class RefusingGreenMail extends GreenMail {

  /** Addresses starting with this are refused for good. */
  public static final String REFUSED = "refused";

  public RefusingGreenMail() {
    super(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }

  public int port() {
    return getSmtp().getPort();
  }

  @Override
  protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
    return super.createServices(config, new RefusingManagers(managers));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** GreenMail's own stores, with an SMTP manager that refuses some recipients. */
  private static final class RefusingManagers extends Managers {

    private final Managers stores;
    private final SmtpManager smtp;

    RefusingManagers(Managers stores) {
      this.stores = stores;
      this.smtp =
          new SmtpManager(stores.getImapHostManager(), stores.getUserManager()) {
            @Override
            public String checkRecipient(SmtpState state, MailAddress address) {
              return address.getEmail().startsWith(REFUSED)
                  ? "550 5.1.1 <" + address.getEmail() + ">: Recipient address rejected"
                  : super.checkRecipient(state, address);
            }
          };
    }

    @Override
    public SmtpManager getSmtpManager() {
      return smtp;
    }

    @Override
    public UserManager getUserManager() {
      return stores.getUserManager();
    }

    @Override
    public ImapHostManager getImapHostManager() {
      return stores.getImapHostManager();
    }
  }
}
