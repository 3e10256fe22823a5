/**
 * The core's languages: its bundle of texts for people ({@code
 * org/paraph/shared/i18n/texts.properties}, English; mails and text messages, the audit trail and
 * verification report PDFs, the seal annotation's words), {@link
 * org.paraph.shared.i18n.PortalTexts} to format them in an explicit locale and zone, and the
 * pseudo-locale {@code en-XA} ({@link org.paraph.shared.i18n.PseudoLocale}) that shows which texts
 * do not come from a bundle, here and in the web module.
 */
package org.paraph.shared.i18n;
