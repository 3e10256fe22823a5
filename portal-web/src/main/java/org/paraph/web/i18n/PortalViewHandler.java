package org.paraph.web.i18n;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives each new view the locale of {@link LocaleChoice} instead of Faces' own matching against
 * faces-config's supported locales, so that pages, {@code msg}, validation messages and {@link
 * Texts} agree. (Faces keeps a view's locale on its postbacks.)
 */
public class PortalViewHandler extends ViewHandlerWrapper {

  public PortalViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return CDI.current().select(RequestLocale.class).get().locale();
  }
}
