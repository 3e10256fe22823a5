package org.paraph.trust.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.paraph.seals.domain.SealingKey;
import org.paraph.trust.domain.TimestampResponder;
import org.paraph.trust.domain.TimestampResponders;

/** The portal's {@link TimestampResponders}: each a {@link DemoTimestampAuthority}. */
@ApplicationScoped
public class DemoTimestampResponders implements TimestampResponders {

  @Override
  public TimestampResponder withKey(SealingKey key, Clock clock) {
    return new DemoTimestampAuthority(key, clock);
  }
}
