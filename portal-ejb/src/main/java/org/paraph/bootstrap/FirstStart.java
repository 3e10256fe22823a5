package org.paraph.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.paraph.identity.application.UserAdministration;
import org.paraph.trust.application.DemoTrustSetup;

/**
 * Creates what a fresh installation needs, once the schema is current: the administrator and the
 * demo trust setup. On later starts both exist already and nothing changes.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class FirstStart {

  @Inject UserAdministration userAdministration;
  @Inject DemoTrustSetup demoTrustSetup;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void createMissing() {
    userAdministration.createFirstAdministrator();
    demoTrustSetup.createIfMissing();
  }
}
