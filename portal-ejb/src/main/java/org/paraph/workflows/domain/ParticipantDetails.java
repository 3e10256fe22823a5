package org.paraph.workflows.domain;

import java.util.List;
import java.util.Objects;

/**
 * Who a participant is and what they do, as the sender describes them.
 *
 * @param order participants with the same order act in parallel; lower orders act first
 * @param portalUser for a {@link ParticipantAction#SEAL}: the portal user who approves the seal
 * @param boxes where the signature appears; none: an invisible signature on every document
 */
public record ParticipantDetails(
    String firstName,
    String surname,
    String email,
    String mobile,
    String message,
    int order,
    ParticipantAction action,
    AuthenticationChannel authentication,
    String portalUser,
    List<SignatureBox> boxes) {

  public ParticipantDetails {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(authentication, "authentication");
    boxes = boxes == null ? List.of() : List.copyOf(boxes);
  }
}
