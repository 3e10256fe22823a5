package org.paraph.api.error;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.paraph.web.i18n.Texts;

/** JAX-RS's own refusals (unknown path, wrong method or media type) as problem documents. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Inject Texts texts;

  @Override
  public Response toResponse(WebApplicationException e) {
    Response.StatusType status = e.getResponse().getStatusInfo();
    // The type stays the English name of the status, whatever the language of the title.
    String type = status.getReasonPhrase().toLowerCase().replaceAll("[^a-z0-9]+", "-");
    return Problems.response(
        status.getStatusCode(), type, titleOf(status), detailOf(status.getStatusCode()));
  }

  String titleOf(Response.StatusType status) {
    return switch (status.getStatusCode()) {
      case 400 -> texts.text("problem.title.http-400");
      case 401 -> texts.text("problem.title.http-401");
      case 403 -> texts.text("problem.title.http-403");
      case 404 -> texts.text("problem.title.http-404");
      case 405 -> texts.text("problem.title.http-405");
      case 406 -> texts.text("problem.title.http-406");
      case 409 -> texts.text("problem.title.http-409");
      case 415 -> texts.text("problem.title.http-415");
      case 500 -> texts.text("problem.title.http-500");
      case 503 -> texts.text("problem.title.http-503");
      // A status JAX-RS seldom gives: named as HTTP names it, rather than not at all.
      default -> status.getReasonPhrase();
    };
  }

  private String detailOf(int status) {
    return switch (status) {
      case 404 -> texts.text("problem.detail.http-404");
      case 405 -> texts.text("problem.detail.http-405");
      case 406 -> texts.text("problem.detail.http-406");
      case 415 -> texts.text("problem.detail.http-415");
      default -> texts.text("problem.detail.refused");
    };
  }
}
