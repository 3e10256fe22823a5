package org.paraph.api.workflows;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.paraph.workflows.application.SigningView;

/** What a participant link shows, as JSON for custom signing front ends. */
public record SigningResponse(
    String workflowName,
    String sender,
    String workflowState,
    Instant expiresAt,
    String name,
    String surname,
    String email,
    String mobile,
    String message,
    String action,
    String state,
    String otpChannel,
    String otpDestination,
    List<String> signatureModes,
    List<String> editable,
    Branding branding,
    List<Document> documents,
    List<Field> fields) {

  public record Document(String id, int number, String name, String sha256, String link) {}

  /** A box of this participant; {@code document} is the 1-based number of the document. */
  public record Field(
      int document, int page, float x, float y, float width, float height, String name) {}

  public record Branding(String primaryColour, String redirectUrl, String logoBase64) {}

  static SigningResponse of(SigningView view, String token) {
    return new SigningResponse(
        view.workflowName(),
        view.sender(),
        view.workflowState().name(),
        view.expiresAt(),
        view.firstName(),
        view.surname(),
        view.email(),
        view.mobile(),
        view.message(),
        view.action().name(),
        view.state().name(),
        view.otpChannel(),
        view.otpDestination(),
        view.signatureModes().stream().map(m -> m.name().toLowerCase(Locale.ROOT)).toList(),
        view.editable().stream().map(m -> m.name().toLowerCase(Locale.ROOT)).toList(),
        new Branding(
            view.branding().primaryColour(),
            view.branding().redirectUrl(),
            view.branding().logo() == null
                ? null
                : Base64.getEncoder().encodeToString(view.branding().logo())),
        view.documents().stream()
            .map(
                d ->
                    new Document(
                        d.id().toString(),
                        d.position() + 1,
                        d.name(),
                        d.sha256(),
                        // Without the token (an answer to the trust service's redirect), no link.
                        token == null ? null : "/api/v1/sign/" + token + "/documents/" + d.id()))
            .toList(),
        view.boxes().stream()
            .map(
                b ->
                    new Field(
                        b.documentPosition() + 1,
                        b.page(),
                        b.x(),
                        b.y(),
                        b.width(),
                        b.height(),
                        b.name()))
            .toList());
  }
}
