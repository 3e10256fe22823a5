package org.paraph.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.paraph.identity.application.UserProfiles;

/**
 * The locale and time zone of the current request, chosen once per request by {@link LocaleChoice}
 * (the person's setting is read from their profile, so a change applies from the next request).
 */
@RequestScoped
public class RequestLocale {

  private static final Logger LOG = Logger.getLogger(RequestLocale.class.getName());

  @Inject HttpServletRequest request;
  @Inject SecurityContext securityContext;
  @Inject UserProfiles profiles;

  private Locale locale;

  public Locale locale() {
    if (locale == null) {
      Principal caller = securityContext.getCallerPrincipal();
      Optional<Locale> personal = caller == null ? Optional.empty() : personal(caller.getName());
      locale = LocaleChoice.ofBundles().choose(personal, request.getHeader("Accept-Language"));
    }
    return locale;
  }

  /**
   * The locale of {@link Texts}: on a page, the page's own, so that a growl message speaks its
   * language (Faces keeps a view's locale on its postbacks); elsewhere (the API), {@link #locale}.
   */
  public Locale ofTexts() {
    FacesContext faces = FacesContext.getCurrentInstance();
    UIViewRoot view = faces == null ? null : faces.getViewRoot();
    return view != null && view.getLocale() != null ? view.getLocale() : locale();
  }

  private Optional<Locale> personal(String username) {
    try {
      return profiles.preferredLocale(username);
    } catch (RuntimeException unreadable) {
      // The error page is shown in this locale too, also when the database is what failed: fall
      // back to the browser's language, and say why in the log rather than lose the failure.
      LOG.log(
          Level.WARNING,
          unreadable,
          () -> "Could not read the language setting of " + username + "; using the browser's");
      return Optional.empty();
    }
  }

  /** UTC, as every page shows times today ({@code Timestamps}), until people choose a zone. */
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }
}
