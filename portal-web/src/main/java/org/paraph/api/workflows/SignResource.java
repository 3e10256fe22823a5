package org.paraph.api.workflows;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.Locale;
import org.paraph.api.InvalidRequestException;
import org.paraph.shared.domain.ProblemText;
import org.paraph.workflows.application.ParticipantLinks;
import org.paraph.workflows.application.QualifiedSignatures;
import org.paraph.workflows.application.RequestOrigin;
import org.paraph.workflows.application.SignatureInput;
import org.paraph.workflows.domain.SignatureMode;

/**
 * {@code /api/v1/sign/{token}}: the participant's journey for custom signing front ends, the same
 * as the participant's page. The link's token is the only credential, so these paths need no login;
 * the one-time password confirms the holder before a signature.
 */
@Path("sign/{token}")
@Produces(MediaType.APPLICATION_JSON)
public class SignResource {

  @Inject ParticipantLinks links;
  @Inject QualifiedSignatures qualified;
  @Context HttpServletRequest request;

  @GET
  public SigningResponse view(@PathParam("token") String token) {
    return SigningResponse.of(links.view(token, origin()), token);
  }

  @GET
  @Path("documents/{documentId}")
  @Produces("application/pdf")
  public Response document(
      @PathParam("token") String token, @PathParam("documentId") String documentId) {
    return WorkflowsResource.pdf(links.document(token, documentId));
  }

  /** Sends a one-time password by the participant's channel; it is valid for 10 minutes. */
  @POST
  @Path("otp")
  public SigningResponse sendOtp(@PathParam("token") String token) {
    return SigningResponse.of(links.sendOtp(token, origin()), token);
  }

  @POST
  @Path("complete")
  @Consumes(MediaType.APPLICATION_JSON)
  public SigningResponse complete(@PathParam("token") String token, CompleteRequest body) {
    if (body == null || body.otp() == null || body.otp().isBlank()) {
      throw new InvalidRequestException(
          "otp-required", ProblemText.of("problem.request.otp-required"));
    }
    return SigningResponse.of(links.complete(token, body.otp(), signature(body), origin()), token);
  }

  /**
   * Starts a qualified signature: answers where to send the participant's browser, the trust
   * service's authorisation page. The service then sends the browser to {@code
   * /api/v1/sign/qualified/callback}, which signs.
   */
  @POST
  @Path("qualified")
  public QualifiedStart startQualified(@PathParam("token") String token) {
    return new QualifiedStart(qualified.start(token, origin()).toString());
  }

  public record QualifiedStart(String authorizationUrl) {}

  @POST
  @Path("decline")
  @Consumes(MediaType.APPLICATION_JSON)
  public SigningResponse decline(@PathParam("token") String token, DeclineRequest body) {
    return SigningResponse.of(
        links.decline(token, body == null ? null : body.reason(), origin()), token);
  }

  /**
   * @param signature {@code {"mode":"typed","text":"..."}} or {@code {"mode":"drawn","png":"..."}}
   */
  public record CompleteRequest(
      String otp,
      SignatureRequest signature,
      String name,
      String surname,
      String email,
      String mobile) {}

  public record SignatureRequest(String mode, String text, String png) {}

  public record DeclineRequest(String reason) {}

  private static SignatureInput signature(CompleteRequest body) {
    SignatureRequest signature = body.signature();
    if (signature == null) {
      throw new InvalidRequestException(
          "invalid-signature", ProblemText.of("problem.request.signature-missing"));
    }
    SignatureMode mode;
    try {
      mode =
          signature.mode() == null
              ? SignatureMode.TYPED
              : SignatureMode.valueOf(signature.mode().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "invalid-signature", ProblemText.of("problem.request.signature-mode", signature.mode()));
    }
    byte[] png = null;
    if (signature.png() != null && !signature.png().isBlank()) {
      try {
        String data = signature.png();
        int comma = data.indexOf(',');
        png =
            Base64.getMimeDecoder()
                .decode(data.startsWith("data:") ? data.substring(comma + 1) : data);
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException(
            "invalid-signature", ProblemText.of("problem.request.signature-not-base64"));
      }
    }
    return new SignatureInput(
        mode, signature.text(), png, body.name(), body.surname(), body.email(), body.mobile());
  }

  private RequestOrigin origin() {
    return new RequestOrigin(request.getRemoteAddr(), request.getHeader("User-Agent"));
  }
}
