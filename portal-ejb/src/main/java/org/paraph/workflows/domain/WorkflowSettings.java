package org.paraph.workflows.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What the sender decides for a whole workflow.
 *
 * @param reminderInterval how often participants who have not acted are reminded; null: never
 * @param callbackUrl where every state change is posted, or null
 */
public record WorkflowSettings(
    String name,
    Instant expiresAt,
    Duration reminderInterval,
    String callbackUrl,
    Set<SignatureMode> signatureModes,
    Set<EditableField> editable,
    Branding branding) {

  public WorkflowSettings {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expiresAt, "expiresAt");
    signatureModes = Set.copyOf(signatureModes);
    editable = Set.copyOf(editable);
    branding = branding == null ? Branding.NONE : branding;
  }
}
