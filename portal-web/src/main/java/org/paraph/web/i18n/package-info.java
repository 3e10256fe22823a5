/**
 * The portal's languages: the resource bundle of every user-visible text ({@code
 * org/paraph/web/i18n/messages.properties}, English, and one {@code messages_xx.properties} per
 * other language), the choice of each request's locale ({@link org.paraph.web.i18n.LocaleChoice},
 * used by Faces through {@link org.paraph.web.i18n.PortalViewHandler} and by Java code through
 * {@link org.paraph.web.i18n.Texts}), and the pseudo-locale {@code en-XA} that testers ask for to
 * see which texts do not come from the bundle ({@link org.paraph.shared.i18n.PseudoLocale}, shared
 * with the core, whose own texts are in {@code org/paraph/shared/i18n/texts.properties}); and
 * PrimeFaces' own texts in the browser, from the same bundle ({@link
 * org.paraph.web.i18n.PrimeFacesLocale}, served by {@link
 * org.paraph.web.i18n.PrimeFacesLocaleServlet}).
 */
package org.paraph.web.i18n;
