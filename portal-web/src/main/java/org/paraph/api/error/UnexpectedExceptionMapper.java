package org.paraph.api.error;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.paraph.web.i18n.Texts;

/**
 * A failure nobody foresaw: logged in full with an incident id, answered with that id only, so that
 * the caller can report it and no internals leak.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Inject Texts texts;

  /** For JAX-RS, which injects the texts. */
  public UnexpectedExceptionMapper() {}

  /** For another mapper that finds the failure is not its own after all. */
  public UnexpectedExceptionMapper(Texts texts) {
    this.texts = texts;
  }

  @Override
  public Response toResponse(Throwable e) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
    return Problems.response(
        500,
        "internal-error",
        texts.text("problem.title.internal-error"),
        texts.text("problem.detail.internal-error", incident));
  }
}
