package org.paraph.api.workflows;

import java.util.List;

/**
 * The body of {@code POST /api/v1/workflows}, as DESIGN.md's REST contract gives it.
 *
 * @param expiresAt ISO-8601 instant; absent: 30 days from now
 * @param reminderInterval ISO-8601 duration such as {@code P2D}; absent: no reminders
 */
public record WorkflowRequest(
    String name,
    List<DocumentRequest> documents,
    List<ParticipantRequest> participants,
    String callbackUrl,
    List<String> signatureModes,
    List<String> editable,
    String expiresAt,
    String reminderInterval,
    BrandingRequest branding) {

  /** A PDF given inline ({@code contentBase64}) or by address ({@code url}). */
  public record DocumentRequest(String name, String contentBase64, String url) {}

  /**
   * @param name the participant's first name
   * @param user for a SEAL: the portal user who approves it
   * @param fields where the signature appears; {@code document} is the 1-based position of the
   *     document in {@code documents}, or its name
   */
  public record ParticipantRequest(
      String name,
      String surname,
      String email,
      String mobile,
      String message,
      Integer order,
      String action,
      String authentication,
      String user,
      List<FieldRequest> fields) {}

  public record FieldRequest(
      String document, Integer page, Float x, Float y, Float width, Float height, String name) {}

  /**
   * @param logoBase64 a PNG or JPEG
   */
  public record BrandingRequest(String logoBase64, String primaryColour, String redirectUrl) {}
}
