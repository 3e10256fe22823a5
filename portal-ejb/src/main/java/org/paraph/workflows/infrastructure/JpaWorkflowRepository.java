package org.paraph.workflows.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.ParticipantState;
import org.paraph.workflows.domain.ReplacedLink;
import org.paraph.workflows.domain.Workflow;
import org.paraph.workflows.domain.WorkflowCounts;
import org.paraph.workflows.domain.WorkflowRepository;
import org.paraph.workflows.domain.WorkflowState;

@ApplicationScoped
public class JpaWorkflowRepository implements WorkflowRepository, WorkflowCounts {

  @PersistenceContext(unitName = "paraph")
  EntityManager em;

  @Override
  public void add(Workflow workflow) {
    em.persist(workflow);
  }

  @Override
  public Optional<Workflow> find(UUID id) {
    return Optional.ofNullable(em.find(Workflow.class, id));
  }

  @Override
  public Optional<Workflow> findForUpdate(UUID id) {
    return Optional.ofNullable(em.find(Workflow.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Participant> participantByLinkToken(String token) {
    return em.createNamedQuery(Participant.BY_LINK_HASH, Participant.class)
        .setParameter("hash", Participant.hashOfToken(token))
        .getResultStream()
        .findFirst();
  }

  @Override
  public void lockAndRefresh(Participant participant) {
    // The lock alone selects only the row's id (no join, so the same statement on H2 and
    // PostgreSQL); the refresh then reads what the transaction that held the lock committed.
    em.lock(participant, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(participant);
  }

  @Override
  public Optional<ReplacedLink> replacedLink(String token) {
    return em.createNamedQuery(Participant.REPLACED_LINK_BY_HASH, ReplacedLink.class)
        .setParameter("hash", Participant.hashOfToken(token))
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Participant> participantByQualifiedState(String state) {
    return em.createNamedQuery(Participant.BY_QUALIFIED_STATE, Participant.class)
        .setParameter("hash", Participant.hashOfToken(state))
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Participant> participant(UUID id) {
    return Optional.ofNullable(em.find(Participant.class, id));
  }

  @Override
  public List<Participant> pendingTasksOf(String portalUser) {
    return em.createNamedQuery(Participant.INVITED_PORTAL_USER, Participant.class)
        .setParameter("user", portalUser)
        .setParameter("state", ParticipantState.INVITED)
        .setParameter("workflowState", WorkflowState.IN_PROGRESS)
        .getResultList();
  }

  @Override
  public List<Workflow> sentBy(String senderName, int maxResults) {
    return em.createNamedQuery(Workflow.BY_SENDER, Workflow.class)
        .setParameter("sender", senderName)
        .setMaxResults(maxResults)
        .getResultList();
  }

  @Override
  public List<Workflow> latest(int maxResults) {
    return em.createNamedQuery(Workflow.LATEST, Workflow.class)
        .setMaxResults(maxResults)
        .getResultList();
  }

  @Override
  public Map<WorkflowState, Long> byState() {
    Map<WorkflowState, Long> counts = new EnumMap<>(WorkflowState.class);
    em.createQuery("select w.state, count(w) from Workflow w group by w.state", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((WorkflowState) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  @Override
  public long lockedLinks() {
    return em.createQuery(
            "select count(p) from Participant p where p.state = :locked"
                + " and p.workflow.state = :inProgress",
            Long.class)
        .setParameter("locked", ParticipantState.LOCKED)
        .setParameter("inProgress", WorkflowState.IN_PROGRESS)
        .getSingleResult();
  }
}
