package org.paraph.web.limits;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.paraph.api.error.Problems;
import org.paraph.web.i18n.Texts;

/**
 * Refuses a request whose announced body is larger than {@link RequestSizeSettings}, before a byte
 * of it is read: 413 with a problem document on the API, a short page elsewhere (the anonymous
 * verification page included). A body that announces no length, or a false one, is cut off at the
 * same size by the server's listener ({@code max-post-size}).
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST})
public class RequestSizeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject RequestSizeSettings settings;
  @Inject Texts texts;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getContentLengthLong() > settings.maxRequestBytes()) {
      refuse(request, response);
      return;
    }
    chain.doFilter(request, response);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    // The body is not read: the connection closes after the answer rather than drain it.
    response.setHeader("Connection", "close");
    String detail =
        texts.text(
            "problem.detail.request-too-large",
            settings.maxRequestMegabytes(),
            settings.maxUploadMegabytes());
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      Problems.write(
          response,
          HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "request-too-large",
          texts.text("problem.title.request-too-large"),
          detail);
      return;
    }
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String title = texts.text("request-too-large.page.title");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\""
                + texts.locale().toLanguageTag()
                + "\"><head><meta charset=\"utf-8\"><title>"
                + title
                + "</title></head><body><h1>"
                + title
                + "</h1><p>"
                + detail
                + "</p><p>"
                + texts.text("request-too-large.page.back")
                + "</p></body></html>");
    response.flushBuffer();
  }
}
