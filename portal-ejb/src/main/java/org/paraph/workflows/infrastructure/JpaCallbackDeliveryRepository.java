package org.paraph.workflows.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.paraph.workflows.domain.CallbackDelivery;
import org.paraph.workflows.domain.CallbackDeliveryRepository;

@ApplicationScoped
public class JpaCallbackDeliveryRepository implements CallbackDeliveryRepository {

  @PersistenceContext(unitName = "paraph")
  EntityManager em;

  @Override
  public void add(CallbackDelivery delivery) {
    em.persist(delivery);
  }

  @Override
  public List<UUID> due(Instant now, int maxResults) {
    return em.createNamedQuery(CallbackDelivery.DUE, UUID.class)
        .setParameter("pending", CallbackDelivery.State.PENDING)
        .setParameter("now", now)
        .setMaxResults(maxResults)
        .getResultList();
  }

  @Override
  public Optional<CallbackDelivery> findForUpdate(UUID id) {
    return Optional.ofNullable(em.find(CallbackDelivery.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<CallbackDelivery> ofWorkflow(UUID workflowId) {
    return em.createNamedQuery(CallbackDelivery.OF_WORKFLOW, CallbackDelivery.class)
        .setParameter("workflow", workflowId)
        .getResultList();
  }
}
