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
import org.paraph.api.download.ContentDisposition;
import org.paraph.shared.application.PortalConfig;
import org.paraph.verification.application.VerificationService;
import org.paraph.web.i18n.RequestLocale;

/**
 * {@code /api/v1/verifications}: verify the signatures of a document. Public: anyone who received a
 * sealed document may check it, without an account (web.xml leaves this path unprotected).
 */
@Path("verifications")
public class VerificationsResource {

  private static final String PDF_MEDIA = "application/pdf";
  private static final MediaType PDF_MEDIA_TYPE = MediaType.valueOf(PDF_MEDIA);

  @Inject VerificationService verification;
  @Inject PortalConfig config;
  @Inject RequestLocale requestLocale;

  /**
   * @return the JSON report; with {@code Accept: application/xml}, the ETSI TS 119 102-2 validation
   *     report; with {@code Accept: application/pdf}, a report for people, in the language of the
   *     request's {@code Accept-Language}
   */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, PDF_MEDIA})
  public Response verify(List<EntityPart> parts, @Context HttpHeaders headers) {
    VerificationRequestParts form =
        VerificationRequestParts.read(parts, config.maxUploadBytes(), config.maxUploadMegabytes());
    String name = form.fileName();
    return switch (answerType(headers)) {
      case XML ->
          Response.ok(
                  verification.etsiXml(name, form.file(), form.detached(), form.password()),
                  MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"))
              .build();
      case PDF ->
          Response.ok(
                  verification.humanReportPdf(
                      name, form.file(), form.detached(), form.password(), requestLocale.locale()),
                  PDF_MEDIA)
              .header("Content-Disposition", ContentDisposition.inline("verification-report.pdf"))
              .build();
      case JSON ->
          Response.ok(
                  VerificationResponse.of(
                      verification.verify(name, form.file(), form.detached(), form.password())),
                  MediaType.APPLICATION_JSON_TYPE)
              .build();
    };
  }

  private enum Answer {
    JSON,
    XML,
    PDF
  }

  /** The first type the client accepts, in its order of preference; JSON for none or a wildcard. */
  private static Answer answerType(HttpHeaders headers) {
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return Answer.JSON;
      }
      if (type.isCompatible(MediaType.APPLICATION_XML_TYPE)) {
        return Answer.XML;
      }
      if (type.isCompatible(PDF_MEDIA_TYPE)) {
        return Answer.PDF;
      }
    }
    return Answer.JSON;
  }
}
