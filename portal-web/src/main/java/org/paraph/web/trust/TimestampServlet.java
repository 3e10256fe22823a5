package org.paraph.web.trust;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.paraph.trust.application.DemoAuthorities;

/**
 * The demo timestamp authority over HTTP (RFC 3161), for other systems. The portal's own seals call
 * it in-process instead.
 */
@WebServlet(urlPatterns = "/tsa")
public class TimestampServlet extends HttpServlet {

  private static final String REQUEST_TYPE = "application/timestamp-query";
  private static final int MAX_REQUEST_BYTES = 16 * 1024;

  @Inject DemoAuthorities demoAuthorities;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String type = request.getContentType();
    if (type == null || !type.toLowerCase().startsWith(REQUEST_TYPE)) {
      response.sendError(
          HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
          "Send an RFC 3161 request as " + REQUEST_TYPE);
      return;
    }
    byte[] query = request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
    if (query.length > MAX_REQUEST_BYTES) {
      response.sendError(
          HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "A timestamp request is a few hundred bytes");
      return;
    }
    byte[] reply = demoAuthorities.timestampReply(query);
    response.setContentType("application/timestamp-reply");
    response.setContentLength(reply.length);
    response.getOutputStream().write(reply);
  }
}
