package org.paraph.web.operations;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Gives each request its id as it enters the portal and takes it off the thread as it leaves. The
 * authentication mechanism, which runs before any filter, asks for it too and puts it in the
 * answer's header ({@link RequestIds#begin(jakarta.servlet.ServletRequest, String,
 * jakarta.servlet.http.HttpServletResponse)}); whichever comes first gives it.
 */
@WebListener
public class RequestIdListener implements ServletRequestListener {

  @Override
  public void requestInitialized(ServletRequestEvent event) {
    if (event.getServletRequest() instanceof HttpServletRequest request) {
      RequestIds.begin(request, request.getHeader(RequestIds.HEADER));
    }
  }

  @Override
  public void requestDestroyed(ServletRequestEvent event) {
    RequestIds.end();
  }
}
