package org.paraph.trust.domain;

import java.time.Clock;
import org.paraph.seals.domain.SealingKey;

/**
 * Makes the portal's timestamp authority from its key. Implemented with BouncyCastle in {@code
 * trust.infrastructure} ({@code DemoTimestampResponders}, making a {@code DemoTimestampAuthority}).
 */
public interface TimestampResponders {

  /**
   * @param key the authority's key; its chain (authority's certificate first) goes into tokens when
   *     a request asks for certificates
   * @param clock the source of the tokens' time
   */
  TimestampResponder withKey(SealingKey key, Clock clock);
}
