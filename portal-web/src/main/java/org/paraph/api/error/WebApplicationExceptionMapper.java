package org.paraph.api.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (unknown path, wrong method or media type) as problem documents. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    Response.StatusType status = e.getResponse().getStatusInfo();
    String type = status.getReasonPhrase().toLowerCase().replaceAll("[^a-z0-9]+", "-");
    return Problems.response(
        status.getStatusCode(), type, status.getReasonPhrase(), detailOf(status.getStatusCode()));
  }

  private static String detailOf(int status) {
    return switch (status) {
      case 404 -> "There is nothing at this address";
      case 405 -> "This address does not accept this HTTP method";
      case 406 -> "This address cannot answer in the media type asked for (Accept header)";
      case 415 -> "This address does not accept this media type (Content-Type header)";
      default -> "The request was refused";
    };
  }
}
