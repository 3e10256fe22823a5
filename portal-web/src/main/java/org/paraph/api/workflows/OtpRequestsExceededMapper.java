package org.paraph.api.workflows;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.paraph.api.error.PortalExceptionMapper;
import org.paraph.web.i18n.Texts;
import org.paraph.workflows.domain.OtpRequestsExceededException;

/**
 * 429 {@code otp-rate-limited} with {@code Retry-After} in seconds, so that a signing front end can
 * wait (or show a countdown) without reading the detail.
 */
@Provider
public class OtpRequestsExceededMapper implements ExceptionMapper<OtpRequestsExceededException> {

  @Inject Texts texts;

  @Override
  public Response toResponse(OtpRequestsExceededException e) {
    return Response.fromResponse(new PortalExceptionMapper(texts).toResponse(e))
        .header(HttpHeaders.RETRY_AFTER, e.retryAfter().toSeconds())
        .build();
  }
}
