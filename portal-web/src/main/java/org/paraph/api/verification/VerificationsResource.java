package org.paraph.api.verification;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.paraph.shared.application.PortalConfig;
import org.paraph.verification.application.VerificationService;

/**
 * {@code /api/v1/verifications}: verify the signatures of a document. Public: anyone who received a
 * sealed document may check it, without an account (web.xml leaves this path unprotected).
 */
@Path("verifications")
public class VerificationsResource {

  @Inject VerificationService verification;
  @Inject PortalConfig config;

  /**
   * @return the JSON report; with {@code Accept: application/xml}, the ETSI TS 119 102-2 validation
   *     report instead
   */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
  public Response verify(List<EntityPart> parts, @Context HttpHeaders headers) {
    VerificationRequestParts form =
        VerificationRequestParts.read(parts, config.maxUploadBytes(), config.maxUploadMegabytes());
    if (wantsXml(headers)) {
      String xml =
          verification.etsiXml(form.fileName(), form.file(), form.detached(), form.password());
      return Response.ok(xml, MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8")).build();
    }
    return Response.ok(
            VerificationResponse.of(
                verification.verify(
                    form.fileName(), form.file(), form.detached(), form.password())),
            MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  /** XML only when asked for before JSON; no Accept header, or a wildcard, gives JSON. */
  private static boolean wantsXml(HttpHeaders headers) {
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return false;
      }
      if (type.isCompatible(MediaType.APPLICATION_XML_TYPE)) {
        return true;
      }
    }
    return false;
  }
}
