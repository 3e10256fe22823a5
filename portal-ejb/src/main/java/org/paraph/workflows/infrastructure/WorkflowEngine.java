package org.paraph.workflows.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;
import org.flowable.engine.repository.Deployment;
import org.paraph.shared.application.ClockProducer;

/**
 * The embedded Flowable engine, started with the application.
 *
 * <p>The engine works in the server's JTA transactions on the portal's datasource: called from a
 * {@code @Stateless} bean it joins the caller's transaction, so a process step and the JPA changes
 * beside it commit or roll back together; called outside one (its own job threads) it begins its
 * own. Async jobs run on the server's managed executor. Delegate expressions in the BPMN resolve to
 * CDI {@code @Named} beans at call time. At start it deploys the BPMN files listed in {@code
 * processes/index.txt} (from {@code workflow-defs}), one deployment per file, skipping files that
 * have not changed so that a restart creates no new process versions.
 *
 * <p>Use the services through the getters. Do not add business methods that call the engine here:
 * this bean manages its own transactions, so the container suspends a caller's transaction for the
 * length of any call into it.
 */
@Singleton
@Startup
// Flowable creates its ACT_* tables beside the portal's: the portal's migrations run first.
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
@Lock(LockType.READ)
public class WorkflowEngine {

  static final String PROCESS_DIRECTORY = "processes/";
  static final String PROCESS_INDEX = PROCESS_DIRECTORY + "index.txt";

  static final int MOVABLE_CLOCK_ACQUIRE_WAIT_MS = 1000;

  private static final Logger LOG = Logger.getLogger(WorkflowEngine.class.getName());

  @Resource(lookup = "java:jboss/datasources/ParaphDS")
  private DataSource dataSource;

  @Resource(lookup = "java:jboss/TransactionManager")
  private TransactionManager transactionManager;

  @Resource private ManagedExecutorService executor;

  @Inject private BeanManager beanManager;

  @Inject private Instance<Clock> clock;

  @Inject private Instance<ClockProducer> clocks;

  private ProcessEngine processEngine;

  @PostConstruct
  void start() {
    JtaProcessEngineConfiguration configuration = new JtaProcessEngineConfiguration();
    configuration.setEngineName("paraph");
    configuration.setDataSource(dataSource);
    configuration.setTransactionManager(transactionManager);
    configuration.setTransactionsExternallyManaged(true);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    // Users, groups and event-driven starts belong to the portal, not to Flowable.
    configuration.setDisableIdmEngine(true);
    configuration.setDisableEventRegistry(true);
    configuration.setBeans(new CdiBeanMap(beanManager));

    ManagedAsyncTaskExecutor managedTasks = new ManagedAsyncTaskExecutor(executor);
    configuration.setAsyncTaskExecutor(managedTasks);
    configuration.setAsyncTaskInvokerTaskExecutor(managedTasks);
    configuration.setAsyncExecutorActivate(true);

    if (clock.isResolvable()) {
      // The same instance as the portal's: a move of a movable clock moves the engine's timers too.
      configuration.setClock(new PortalClock(clock.get()));
    }
    if (clocks.isResolvable() && clocks.get().movable()) {
      // After a test moves the clock, the engine finds the timers now due within a second instead
      // of the default ten. Installations (system clock) keep Flowable's defaults.
      configuration.setAsyncExecutorDefaultTimerJobAcquireWaitTime(MOVABLE_CLOCK_ACQUIRE_WAIT_MS);
      configuration.setAsyncExecutorDefaultAsyncJobAcquireWaitTime(MOVABLE_CLOCK_ACQUIRE_WAIT_MS);
    }

    processEngine = configuration.buildProcessEngine();
    deployListedProcesses(
        processEngine.getRepositoryService(), WorkflowEngine.class.getClassLoader());
  }

  @PreDestroy
  void stop() {
    if (processEngine != null) {
      processEngine.close();
    }
  }

  public RuntimeService runtimeService() {
    return processEngine.getRuntimeService();
  }

  public TaskService taskService() {
    return processEngine.getTaskService();
  }

  public HistoryService historyService() {
    return processEngine.getHistoryService();
  }

  public RepositoryService repositoryService() {
    return processEngine.getRepositoryService();
  }

  public ManagementService managementService() {
    return processEngine.getManagementService();
  }

  /**
   * Deploys each BPMN file listed in {@value #PROCESS_INDEX} as a deployment named after the file;
   * a file identical to its latest deployment is skipped.
   */
  static void deployListedProcesses(RepositoryService repository, ClassLoader loader) {
    for (String file : listedProcessFiles(loader)) {
      try (InputStream bpmn = loader.getResourceAsStream(PROCESS_DIRECTORY + file)) {
        if (bpmn == null) {
          throw new IllegalStateException(
              PROCESS_INDEX + " lists " + file + ", which is not on the class path");
        }
        Deployment deployment =
            repository
                .createDeployment()
                .name(file)
                .addInputStream(file, bpmn)
                .enableDuplicateFiltering()
                .deploy();
        LOG.log(
            Level.INFO,
            "Process file {0} is deployment {1}",
            new Object[] {file, deployment.getId()});
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + PROCESS_DIRECTORY + file, e);
      }
    }
  }

  private static List<String> listedProcessFiles(ClassLoader loader) {
    try (InputStream index = loader.getResourceAsStream(PROCESS_INDEX)) {
      if (index == null) {
        throw new IllegalStateException(
            PROCESS_INDEX
                + " is not on the class path: is workflow-defs in the EAR's lib directory?");
      }
      return new String(index.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + PROCESS_INDEX, e);
    }
  }
}
