package org.paraph.workflows.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where workflows are kept. */
public interface WorkflowRepository {

  void add(Workflow workflow);

  Optional<Workflow> find(UUID id);

  /** Locks the workflow's row until the transaction ends: participants acting at once queue. */
  Optional<Workflow> findForUpdate(UUID id);

  Optional<Participant> participantByLinkToken(String token);

  /**
   * Locks the participant's row until the transaction ends, then reads it again: uses of one link
   * that change it (a one-time password checked or asked for) queue, on every node, and each sees
   * what the previous one wrote.
   */
  void lockAndRefresh(Participant participant);

  /** The record of this token if it was a participant's link until a newer one replaced it. */
  Optional<ReplacedLink> replacedLink(String token);

  /** The participant whose qualified signature awaits this OAuth2 state. */
  Optional<Participant> participantByQualifiedState(String state);

  Optional<Participant> participant(UUID id);

  /** The seal approvals waiting for this portal user. */
  List<Participant> pendingTasksOf(String portalUser);

  List<Workflow> sentBy(String senderName, int maxResults);

  List<Workflow> latest(int maxResults);
}
