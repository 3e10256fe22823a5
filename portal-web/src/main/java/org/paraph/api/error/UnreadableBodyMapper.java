package org.paraph.api.error;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.paraph.web.i18n.Texts;

/**
 * A JSON body that does not parse, or does not fit the request's shape (a string where a number
 * belongs), is the client's mistake: 400 with what the parser said, not an incident.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  @Inject Texts texts;

  @Override
  public Response toResponse(ProcessingException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
        return Problems.response(
            400,
            "malformed-json",
            texts.text("problem.title.bad-request"),
            texts.text("problem.detail.malformed-json", cause.getMessage()));
      }
    }
    // Not a body the client sent wrong: an incident like any other unexpected failure.
    return new UnexpectedExceptionMapper(texts).toResponse(e);
  }
}
