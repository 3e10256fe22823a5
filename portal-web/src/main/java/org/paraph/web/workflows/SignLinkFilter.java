package org.paraph.web.workflows;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves the participant's link {@code /sign/<token>} with the participant page. The token goes to
 * the page as a request attribute, not in a query string, so it shows in no other address; the
 * page's forms post back to the same link. No referrer leaves the page: the link is the
 * participant's credential and must not reach the sites the page links to.
 */
@WebFilter(
    urlPatterns = "/sign/*",
    dispatcherTypes = {DispatcherType.REQUEST})
public class SignLinkFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String TOKEN_ATTRIBUTE = "org.paraph.signToken";
  static final String PAGE = "/participant/sign.xhtml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String prefix = request.getContextPath() + "/sign/";
    String uri = request.getRequestURI();
    String token = uri.startsWith(prefix) ? uri.substring(prefix.length()) : "";
    if (token.isEmpty() || token.contains("/")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
    request.setAttribute(TOKEN_ATTRIBUTE, token);
    request.getRequestDispatcher(PAGE).forward(request, response);
  }
}
