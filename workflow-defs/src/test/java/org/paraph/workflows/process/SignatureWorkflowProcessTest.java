package org.paraph.workflows.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.test.Deployment;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;

/**
 * Every path of {@code signature-workflow}, seen as the application sees it: who is invited when,
 * which of its beans are called, and at which end event the workflow stops.
 */
@ExtendWith(InMemoryProcessEngineExtension.class)
class SignatureWorkflowProcessTest {

  private static final String BPMN = "processes/signature-workflow.bpmn20.xml";
  private static final String KEY = "signature-workflow";
  private static final String WORKFLOW_ID = "wf-42";
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  private static final Duration TIME_TO_EXPIRY = Duration.ofDays(30);

  private final RecordingInvitation invitation = new RecordingInvitation();
  private final RecordingDelegate reminder = new RecordingDelegate();
  private final RecordingDelegate declined = new RecordingDelegate();
  private final RecordingDelegate expired = new RecordingDelegate();
  private final RecordingDelegate completion = new RecordingDelegate();

  private ProcessEngineConfiguration configuration;
  private RuntimeService runtime;
  private TaskService tasks;
  private HistoryService history;
  private ManagementService management;
  private Instant now;

  @BeforeEach
  void setUp(ProcessEngine engine) {
    configuration = engine.getProcessEngineConfiguration();
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    history = engine.getHistoryService();
    management = engine.getManagementService();

    Map<Object, Object> beans = configuration.getBeans();
    beans.put("participantInvitation", invitation);
    beans.put("participantReminder", reminder);
    beans.put("workflowDeclined", declined);
    beans.put("workflowExpired", expired);
    beans.put("workflowCompletion", completion);

    setClock(START);
  }

  @Test
  @Deployment(resources = BPMN)
  void laterOrderIsInvitedOnlyAfterTheEarlierOneSigned() {
    String id = start(groups(List.of("alice"), List.of("bob")), null);

    assertEquals(List.of("alice"), invitation.invited());
    assertEquals(List.of("alice"), openTaskAssignees(id));

    act(id, "alice", "signed");

    assertEquals(List.of("alice", "bob"), invitation.invited());
    assertEquals(List.of("bob"), openTaskAssignees(id));

    act(id, "bob", "signed");
    runJobs(id);

    assertEquals("completedEnd", endActivity(id));
    assertEquals(List.of(WORKFLOW_ID), completion.calls());
  }

  @Test
  @Deployment(resources = BPMN)
  void participantsOfOneOrderAreInvitedTogetherAndAllMustSign() {
    String id = start(groups(List.of("alice", "bob")), null);

    assertEquals(List.of("alice", "bob"), sorted(invitation.invited()));
    assertEquals(List.of("alice", "bob"), openTaskAssignees(id));

    act(id, "bob", "signed");

    assertEquals(List.of("alice"), openTaskAssignees(id));
    assertEquals(0, management.createJobQuery().processInstanceId(id).count());
    assertNull(endActivity(id));
    assertFalse(
        runtime.getVariables(id).containsKey("outcome"),
        "an outcome stays in its participant's scope, so parallel signers never write one"
            + " variable");

    act(id, "alice", "signed");
    runJobs(id);

    assertEquals("completedEnd", endActivity(id));
    assertEquals(1, completion.calls().size());
  }

  @Test
  @Deployment(resources = BPMN)
  void mixedOrdersRunTheParallelGroupFirstThenTheNext() {
    String id = start(groups(List.of("alice", "bob"), List.of("carol")), null);

    assertEquals(List.of("alice", "bob"), sorted(invitation.invited()));

    act(id, "alice", "signed");
    assertEquals(List.of("bob"), openTaskAssignees(id));
    assertEquals(2, invitation.invited().size(), "carol waits for bob");

    act(id, "bob", "signed");
    assertEquals("carol", invitation.invited().get(2));
    assertEquals(List.of("carol"), openTaskAssignees(id));

    act(id, "carol", "signed");
    runJobs(id);

    assertEquals("completedEnd", endActivity(id));
    assertEquals(1, completion.calls().size());
  }

  @Test
  @Deployment(resources = BPMN)
  void declineEndsTheWholeWorkflow() {
    String id = start(groups(List.of("alice", "bob"), List.of("carol")), "P2D");

    act(id, "alice", "declined");

    assertEquals("declinedEnd", endActivity(id));
    assertEquals(1, declined.calls().size());
    assertEquals(List.of(), openTaskAssignees(id), "bob's pending task is withdrawn");
    assertEquals(List.of("alice", "bob"), sorted(invitation.invited()), "carol is never invited");
    assertEquals(0, management.createTimerJobQuery().processInstanceId(id).count());
    assertEquals(List.of(), completion.calls());
  }

  @Test
  @Deployment(resources = BPMN)
  void cancelDeletesTheInstanceAndHistoryKeepsTheReason() {
    String id = start(groups(List.of("alice"), List.of("bob")), "P2D");

    runtime.deleteProcessInstance(id, "cancelled: sender withdrew the documents");

    assertEquals(0, runtime.createProcessInstanceQuery().processInstanceId(id).count());
    assertEquals(0, tasks.createTaskQuery().processInstanceId(id).count());
    assertEquals(0, management.createTimerJobQuery().processInstanceId(id).count());
    HistoricProcessInstance ended = historicInstance(id);
    assertNotNull(ended.getEndTime());
    assertEquals("cancelled: sender withdrew the documents", ended.getDeleteReason());
    assertEquals(List.of(), declined.calls());
    assertEquals(List.of(), expired.calls());
    assertEquals(List.of(), completion.calls());
  }

  @Test
  @Deployment(resources = BPMN)
  void expiryEndsTheWorkflowWhoeverHasNotActedYet() {
    String id = start(groups(List.of("alice"), List.of("bob")), null);
    act(id, "alice", "signed");

    moveClock(TIME_TO_EXPIRY.minusMinutes(1));
    fireDueTimers(id);
    assertEquals(List.of("bob"), openTaskAssignees(id), "nothing happens before expiresAt");

    moveClock(Duration.ofMinutes(2));
    fireDueTimers(id);

    assertEquals("expiredEnd", endActivity(id));
    assertEquals(List.of(WORKFLOW_ID), expired.calls());
    assertEquals(List.of(), openTaskAssignees(id));
    assertEquals(List.of(), completion.calls());
  }

  @Test
  @Deployment(resources = BPMN)
  void expiresAtMayBeAnIsoStringWithOffsetOrADate() {
    Instant deadline = START.plus(TIME_TO_EXPIRY);
    Map<String, Object> asString = variables(groups(List.of("alice")), null);
    asString.put("expiresAt", "2026-04-01T11:00:00+02:00");
    Map<String, Object> asDate = variables(groups(List.of("alice")), null);
    asDate.put("expiresAt", Date.from(deadline));

    String fromString = runtime.startProcessInstanceByKey(KEY, WORKFLOW_ID, asString).getId();
    String fromDate = runtime.startProcessInstanceByKey(KEY, WORKFLOW_ID, asDate).getId();

    assertEquals(Instant.parse("2026-04-01T09:00:00Z"), expiryDue(fromString));
    assertEquals(deadline, expiryDue(fromDate));
  }

  @Test
  @Deployment(resources = BPMN)
  void remindersRepeatEachIntervalWhileTheTaskIsOpenAndStopOnceSigned() {
    String id = start(groups(List.of("alice", "bob")), "P2D");

    moveClock(Duration.ofDays(1));
    fireDueTimers(id);
    assertEquals(List.of(), reminder.calls(), "not before the interval");

    moveClock(Duration.ofDays(1).plusMinutes(1));
    fireDueTimers(id);
    assertEquals(List.of("alice", "bob"), sorted(reminder.calls()));

    act(id, "alice", "signed");
    moveClock(Duration.ofDays(2));
    fireDueTimers(id);

    assertEquals(List.of("alice", "bob", "bob"), sorted(reminder.calls()));
    assertEquals(1, reminderTimers(id), "only bob still has a reminder pending");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @Deployment(resources = BPMN)
  void noRemindersWithoutAnInterval(String interval) {
    String id = start(groups(List.of("alice")), interval);

    assertEquals(0, reminderTimers(id));
    moveClock(Duration.ofDays(20));
    fireDueTimers(id);

    assertEquals(List.of(), reminder.calls());
    assertEquals(List.of("alice"), openTaskAssignees(id));
  }

  @Test
  @Deployment(resources = BPMN)
  void completionRunsOnceInAJobOfItsOwnAfterTheLastSignature() {
    String id = start(groups(List.of("alice")), "P2D");

    act(id, "alice", "signed");

    assertEquals(List.of(), completion.calls(), "not inside the signing transaction");
    assertEquals(1, management.createJobQuery().processInstanceId(id).count());
    assertEquals(0, reminderTimers(id));

    runJobs(id);

    assertEquals(List.of(WORKFLOW_ID), completion.calls());
    assertEquals("completedEnd", endActivity(id));
    assertEquals(0, management.createJobQuery().processInstanceId(id).count());
  }

  @Test
  @Deployment(resources = BPMN)
  void failedCompletionStaysAsAJobUntilItSucceeds() {
    String id = start(groups(List.of("alice")), null);
    completion.failWith(new IllegalStateException("timestamp authority unreachable"));
    act(id, "alice", "signed");
    Job job = management.createJobQuery().processInstanceId(id).singleResult();
    int retries = job.getRetries();

    assertThrows(FlowableException.class, () -> management.executeJob(job.getId()));

    Job retry = management.createTimerJobQuery().processInstanceId(id).singleResult();
    assertEquals(retries - 1, retry.getRetries());
    assertTrue(retry.getExceptionMessage().contains("timestamp authority unreachable"));
    assertNotNull(management.getTimerJobExceptionStacktrace(retry.getId()));
    assertNull(endActivity(id));

    // The remaining attempts fail too: the job ends as a dead letter, still there to be re-run.
    for (int attempt = 1; attempt < retries; attempt++) {
      moveClock(Duration.ofMinutes(5));
      Job due = management.createTimerJobQuery().processInstanceId(id).executable().singleResult();
      Job executable = management.moveTimerToExecutableJob(due.getId());
      assertThrows(FlowableException.class, () -> management.executeJob(executable.getId()));
    }
    Job dead = management.createDeadLetterJobQuery().processInstanceId(id).singleResult();
    assertTrue(dead.getExceptionMessage().contains("timestamp authority unreachable"));
    assertEquals(retries, completion.calls().size());

    completion.succeed();
    management.moveDeadLetterJobToExecutableJob(dead.getId(), 1);
    runJobs(id);

    assertEquals("completedEnd", endActivity(id));
    assertEquals(retries + 1, completion.calls().size());
  }

  private String start(List<List<String>> groups, String reminderInterval) {
    return runtime
        .startProcessInstanceByKey(KEY, WORKFLOW_ID, variables(groups, reminderInterval))
        .getId();
  }

  private Map<String, Object> variables(List<List<String>> groups, String reminderInterval) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("workflowId", WORKFLOW_ID);
    variables.put("participantGroups", groups);
    variables.put("expiresAt", START.plus(TIME_TO_EXPIRY).toString());
    if (reminderInterval != null) {
      variables.put("reminderInterval", reminderInterval);
    }
    return variables;
  }

  /** Mutable, serializable lists, as the application would pass them. */
  @SafeVarargs
  private static List<List<String>> groups(List<String>... groups) {
    List<List<String>> result = new ArrayList<>();
    for (List<String> group : groups) {
      result.add(new ArrayList<>(group));
    }
    return result;
  }

  private void act(String processInstanceId, String participantId, String outcome) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey("participantTask")
            .taskAssignee(participantId)
            .singleResult();
    assertNotNull(task, participantId + " has no open task");
    tasks.complete(task.getId(), Map.of("outcome", outcome));
  }

  private List<String> openTaskAssignees(String processInstanceId) {
    return sorted(
        tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
            .map(Task::getAssignee)
            .toList());
  }

  /** Runs what the async executor would run: the jobs that are due now. */
  private void runJobs(String processInstanceId) {
    for (Job job : management.createJobQuery().processInstanceId(processInstanceId).list()) {
      management.executeJob(job.getId());
    }
  }

  /** Fires the timers that are due at the current engine time, as the async executor would. */
  private void fireDueTimers(String processInstanceId) {
    for (Job timer :
        management.createTimerJobQuery().processInstanceId(processInstanceId).executable().list()) {
      management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
    }
  }

  private long reminderTimers(String processInstanceId) {
    return management
        .createTimerJobQuery()
        .processInstanceId(processInstanceId)
        .elementId("reminderTimer")
        .count();
  }

  private Instant expiryDue(String processInstanceId) {
    return management
        .createTimerJobQuery()
        .processInstanceId(processInstanceId)
        .elementId("expiryTimer")
        .singleResult()
        .getDuedate()
        .toInstant();
  }

  private HistoricProcessInstance historicInstance(String processInstanceId) {
    return history
        .createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId)
        .singleResult();
  }

  /** The end event the workflow stopped at, or null while it runs. */
  private String endActivity(String processInstanceId) {
    return historicInstance(processInstanceId).getEndActivityId();
  }

  private void setClock(Instant instant) {
    now = instant;
    configuration.getClock().setCurrentTime(Date.from(instant));
  }

  private void moveClock(Duration duration) {
    setClock(now.plus(duration));
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }
}
