package org.paraph.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** The portal's database answers (a connection from the pool is valid within seconds). */
@Readiness
@ApplicationScoped
public class DatabaseCheck extends ProbeCheck {

  public DatabaseCheck() {
    super("database");
  }
}
