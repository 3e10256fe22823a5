package org.paraph.workflows.domain;

import java.util.Map;

/** Counts over all workflows, for the operator's metrics. */
public interface WorkflowCounts {

  /** How many workflows are in each state; a state without any is absent. */
  Map<WorkflowState, Long> byState();

  /** Participant links locked by wrong codes in workflows still in progress. */
  long lockedLinks();
}
