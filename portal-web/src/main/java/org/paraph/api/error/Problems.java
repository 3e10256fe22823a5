package org.paraph.api.error;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.paraph.web.operations.RequestIds;

/**
 * RFC 9457 problem documents: a stable {@code type} URI per problem, a short {@code title}, the
 * HTTP {@code status}, and a {@code detail} a person can act on. Never a stack trace.
 */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://paraph.org/problems/";

  private Problems() {}

  /** The {@code type} URI of a problem named by its stable short name. */
  public static String typeUri(String type) {
    return TYPE_BASE + type;
  }

  /** The problem; its {@code instance} names the request, which the log lines carry too. */
  public static JsonObject body(int status, String type, String title, String detail) {
    JsonObjectBuilder problem =
        Json.createObjectBuilder()
            .add("type", typeUri(type))
            .add("title", title)
            .add("status", status)
            .add("detail", detail == null ? title : detail);
    RequestIds.instance().ifPresent(instance -> problem.add("instance", instance));
    return problem.build();
  }

  public static Response response(int status, String type, String title, String detail) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(body(status, type, title, detail).toString())
        .build();
  }

  /** For answers given before JAX-RS is involved, such as a refused authentication. */
  public static void write(
      HttpServletResponse response, int status, String type, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body(status, type, title, detail).toString());
    // Committed now, so that the container cannot replace the problem with its own error page.
    response.flushBuffer();
  }
}
