package org.paraph.web.i18n;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.paraph.shared.domain.Sha256;

/**
 * Serves {@link PrimeFacesLocale#script} at {@code /i18n/primefaces-locale.js?locale=<tag>}, the
 * tag being the page's own ({@code WEB-INF/templates/primefaces-locale.xhtml} includes it in each
 * page's head, after PrimeFaces' scripts). A script file rather than an inline script: the
 * Content-Security-Policy runs scripts of the portal's own address, and no inline script but
 * PrimeFaces' own. Public, as the pages' texts are. Browsers keep it and ask again whether it
 * changed (ETag), so a new version's texts are taken at once.
 */
@WebServlet(urlPatterns = PrimeFacesLocaleServlet.PATH)
public class PrimeFacesLocaleServlet extends HttpServlet {

  static final String PATH = "/i18n/primefaces-locale.js";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] body =
        PrimeFacesLocale.script(locale(request.getParameter("locale")))
            .getBytes(StandardCharsets.UTF_8);
    String etag = "\"" + Sha256.hex(body).substring(0, 32) + "\"";
    response.setHeader("Cache-Control", "no-cache");
    response.setHeader("ETag", etag);
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType("text/javascript;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /**
   * The locale a page asked for, as its view has it (language and region, {@code en_XA}); English
   * when the tag is missing or names no language.
   */
  static Locale locale(String tag) {
    Locale asked = tag == null ? Locale.ROOT : Locale.forLanguageTag(tag);
    return asked.getLanguage().isEmpty()
        ? LocaleChoice.DEFAULT
        : new Locale(asked.getLanguage(), asked.getCountry());
  }
}
