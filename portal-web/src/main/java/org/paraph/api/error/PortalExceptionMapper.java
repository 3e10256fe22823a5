package org.paraph.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/** A case the portal recognises: its own status, type and message. */
@Provider
public class PortalExceptionMapper implements ExceptionMapper<PortalException> {

  private static final Logger LOG = Logger.getLogger(PortalExceptionMapper.class.getName());

  @Override
  public Response toResponse(PortalException e) {
    int status = statusOf(e.kind());
    if (status >= 500) {
      LOG.log(Level.WARNING, "Request failed: " + e.getMessage(), e);
    }
    return Problems.response(status, e.problemType(), titleOf(e.kind()), e.getMessage());
  }

  static int statusOf(FailureKind kind) {
    return switch (kind) {
      case BAD_REQUEST -> 400;
      case UNPROCESSABLE -> 422;
      case TOO_LARGE -> 413;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case GONE -> 410;
      case TOO_MANY_REQUESTS -> 429;
      case UNAVAILABLE -> 503;
    };
  }

  private static String titleOf(FailureKind kind) {
    return switch (kind) {
      case BAD_REQUEST -> "Bad request";
      case UNPROCESSABLE -> "The content cannot be processed";
      case TOO_LARGE -> "Too large";
      case FORBIDDEN -> "Not allowed";
      case NOT_FOUND -> "Not found";
      case CONFLICT -> "Conflict";
      case GONE -> "No longer available";
      case TOO_MANY_REQUESTS -> "Too many requests";
      case UNAVAILABLE -> "A service the portal depends on is unavailable";
    };
  }
}
