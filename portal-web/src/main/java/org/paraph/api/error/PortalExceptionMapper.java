package org.paraph.api.error;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.web.i18n.Texts;

/**
 * A case the portal recognises: its own status, type and message, the title and (where the case has
 * its words in the bundle) the detail in the request's language.
 */
@Provider
public class PortalExceptionMapper implements ExceptionMapper<PortalException> {

  private static final Logger LOG = Logger.getLogger(PortalExceptionMapper.class.getName());

  @Inject Texts texts;

  /** For JAX-RS, which injects the texts. */
  public PortalExceptionMapper() {}

  /** For another mapper that answers a case of this family with something more. */
  public PortalExceptionMapper(Texts texts) {
    this.texts = texts;
  }

  @Override
  public Response toResponse(PortalException e) {
    int status = statusOf(e.kind());
    if (status >= 500) {
      LOG.log(Level.WARNING, "Request failed: " + e.getMessage(), e);
    }
    return Problems.response(status, e.problemType(), titleOf(e.kind()), detailOf(e));
  }

  /** In the request's language: the words the case carries from the core's bundle. */
  String detailOf(PortalException e) {
    return e.detailIn(texts.locale());
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

  String titleOf(FailureKind kind) {
    return switch (kind) {
      case BAD_REQUEST -> texts.text("problem.title.bad-request");
      case UNPROCESSABLE -> texts.text("problem.title.unprocessable");
      case TOO_LARGE -> texts.text("problem.title.too-large");
      case FORBIDDEN -> texts.text("problem.title.forbidden");
      case NOT_FOUND -> texts.text("problem.title.not-found");
      case CONFLICT -> texts.text("problem.title.conflict");
      case GONE -> texts.text("problem.title.gone");
      case TOO_MANY_REQUESTS -> texts.text("problem.title.too-many-requests");
      case UNAVAILABLE -> texts.text("problem.title.unavailable");
    };
  }
}
