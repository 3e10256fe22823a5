package org.paraph.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** The data directory (keys, outbox, the embedded database) takes a new file. */
@Readiness
@ApplicationScoped
public class DataDirectoryCheck extends ProbeCheck {

  public DataDirectoryCheck() {
    super("data-directory");
  }
}
