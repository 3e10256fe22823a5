package org.paraph.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** The seal-job queue is worked off: no due job has waited longer than the limit. */
@Readiness
@ApplicationScoped
public class SealJobsCheck extends ProbeCheck {

  public SealJobsCheck() {
    super("seal-jobs");
  }
}
