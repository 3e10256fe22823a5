package org.paraph.workflows.process;

import java.util.HashMap;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.engine.test.FlowableExtension;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Flowable's JUnit 5 extension with an in-memory H2 engine built in code rather than from {@code
 * flowable.cfg.xml}: an engine read from XML gets a read-only Spring bean map, and the tests need a
 * plain map in which to put fresh fake delegate beans before each test. The async executor stays
 * off; tests run jobs and fire timers themselves through the {@code ManagementService}. The IDM
 * engine and the event registry are off, as on the server.
 */
public class InMemoryProcessEngineExtension extends FlowableExtension {

  @Override
  protected ProcessEngine createProcessEngine(ExtensionContext context) {
    var configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setEngineName(context.getRequiredTestClass().getSimpleName());
    configuration.setJdbcUrl(
        "jdbc:h2:mem:" + context.getRequiredTestClass().getSimpleName() + ";DB_CLOSE_DELAY=-1");
    configuration.setAsyncExecutorActivate(false);
    configuration.setDisableIdmEngine(true);
    configuration.setDisableEventRegistry(true);
    configuration.setBeans(new HashMap<>());
    return configuration.buildProcessEngine();
  }
}
