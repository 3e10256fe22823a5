package org.paraph.messaging.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.paraph.messaging.domain.TextCipher;
import org.paraph.shared.application.Secrets;

/** The outbox's messages encrypted under the portal's master key, as its other stored secrets. */
@ApplicationScoped
public class MasterKeyCipher implements TextCipher {

  @Inject Secrets secrets;

  @Override
  public String encrypt(String plaintext) {
    return secrets.encrypt(plaintext);
  }

  @Override
  public String decrypt(String stored) {
    return secrets.decrypt(stored);
  }
}
