package org.paraph.workflows.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.delegate.TaskListener;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pieces {@link WorkflowEngine} gives Flowable, checked on a real engine with its async
 * executor running (only the JTA transaction manager and CDI are left to the server): jobs run on
 * the given executor, timers fall due by the portal's clock, and a restart deploys nothing new.
 */
class WorkflowEngineAdaptersTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  /** Far from the real time, so that only the portal's clock can make a timer due. */
  private final MovableClock clock = new MovableClock(Instant.parse("2100-03-01T09:00:00Z"));

  private final ExecutorService threads =
      Executors.newFixedThreadPool(2, task -> new Thread(task, "managed-executor-thread"));
  private final List<String> completionThreads = new CopyOnWriteArrayList<>();
  private final List<String> expired = new CopyOnWriteArrayList<>();
  private ProcessEngine engine;

  @BeforeEach
  void startEngine() {
    Map<Object, Object> beans = new HashMap<>();
    beans.put("participantInvitation", (TaskListener) task -> {});
    beans.put("participantReminder", (JavaDelegate) execution -> {});
    beans.put("workflowDeclined", (JavaDelegate) execution -> {});
    beans.put(
        "workflowExpired",
        (JavaDelegate) execution -> expired.add((String) execution.getVariable("workflowId")));
    beans.put(
        "workflowCompletion",
        (JavaDelegate) execution -> completionThreads.add(Thread.currentThread().getName()));

    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setEngineName("adapters-" + UUID.randomUUID());
    // As on the server; the database lives as long as the engine's connections.
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID());
    configuration.setDisableIdmEngine(true);
    configuration.setDisableEventRegistry(true);
    configuration.setBeans(beans);
    ManagedAsyncTaskExecutor managedTasks = new ManagedAsyncTaskExecutor(managed(threads));
    configuration.setAsyncTaskExecutor(managedTasks);
    configuration.setAsyncTaskInvokerTaskExecutor(managedTasks);
    configuration.setAsyncExecutorActivate(true);
    configuration.setAsyncExecutorDefaultTimerJobAcquireWaitTime(50);
    configuration.setAsyncExecutorDefaultAsyncJobAcquireWaitTime(50);
    configuration.setClock(new PortalClock(clock));
    engine = configuration.buildProcessEngine();
    WorkflowEngine.deployListedProcesses(
        engine.getRepositoryService(), getClass().getClassLoader());
  }

  @AfterEach
  void stopEngine() {
    engine.close();
    threads.shutdownNow();
  }

  @Test
  void restartDeploysNothingNew() {
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();

    WorkflowEngine.deployListedProcesses(
        engine.getRepositoryService(), getClass().getClassLoader());

    assertEquals(deployments, engine.getRepositoryService().createDeploymentQuery().count());
    assertEquals(
        1,
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey("signature-workflow")
            .singleResult()
            .getVersion());
  }

  @Test
  void completionJobRunsOnTheGivenExecutor() {
    String id = start();
    String task =
        engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult().getId();

    engine.getTaskService().complete(task, Map.of("outcome", "signed"));

    waitUntil(() -> "completedEnd".equals(endActivity(id)));
    assertEquals(List.of("managed-executor-thread"), completionThreads);
  }

  @Test
  void timersFallDueByThePortalClock() {
    String id = start();

    clock.move(Duration.ofDays(31));

    waitUntil(() -> "expiredEnd".equals(endActivity(id)));
    assertEquals(List.of("wf-1"), expired);
  }

  private String start() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("workflowId", "wf-1");
    variables.put("participantGroups", List.of(List.of("alice")));
    variables.put("expiresAt", clock.instant().plus(Duration.ofDays(30)).toString());
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey("signature-workflow", "wf-1", variables)
        .getId();
  }

  private String endActivity(String processInstanceId) {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId)
        .singleResult()
        .getEndActivityId();
  }

  /** Polls, since the engine's own threads do the work; the limit only stops a hung test. */
  private static void waitUntil(BooleanSupplier condition) {
    Instant giveUp = Instant.now().plus(WAIT);
    while (!condition.getAsBoolean()) {
      assertTrue(Instant.now().isBefore(giveUp), "the engine did not get there in " + WAIT);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** A managed executor as the server gives it, reduced to what the adapter calls. */
  private static ManagedExecutorService managed(ExecutorService threads) {
    return (ManagedExecutorService)
        Proxy.newProxyInstance(
            ManagedExecutorService.class.getClassLoader(),
            new Class<?>[] {ManagedExecutorService.class},
            (proxy, method, arguments) -> {
              if (!method.getDeclaringClass().isInstance(threads)) {
                throw new UnsupportedOperationException(method.getName());
              }
              try {
                return method.invoke(threads, arguments);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private static final class MovableClock extends Clock {

    private volatile Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void move(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
