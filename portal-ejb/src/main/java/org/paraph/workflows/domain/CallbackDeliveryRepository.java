package org.paraph.workflows.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The callback outbox. */
public interface CallbackDeliveryRepository {

  void add(CallbackDelivery delivery);

  /** The ids of the deliveries whose next attempt is due, the longest-waiting first. */
  List<UUID> due(Instant now, int maxResults);

  /** Locks the delivery until the transaction ends, so that one node attempts it at a time. */
  Optional<CallbackDelivery> findForUpdate(UUID id);

  List<CallbackDelivery> ofWorkflow(UUID workflowId);
}
