package org.paraph.web.users;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.paraph.identity.application.UserProfiles;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.i18n.PseudoLocale;
import org.paraph.web.i18n.LocaleChoice;
import org.paraph.web.i18n.Texts;
import org.paraph.web.shell.RequestActor;

/**
 * The language part of the profile page: the person's own choice among the languages the portal has
 * texts in, or none (their browser's language decides). It applies to the pages at once and to what
 * the portal writes to them afterwards (mails, the audit trails of the workflows they send).
 */
@Named
@RequestScoped
public class LanguageBacking {

  /** The choice "no language of my own": an empty value, as a select menu sends it. */
  static final String BROWSER = "";

  @Inject UserProfiles profiles;
  @Inject FacesContext facesContext;
  @Inject Texts texts;

  private String language;

  @PostConstruct
  void load() {
    language = profiles.preferredLocale(actor().name()).map(Locale::toLanguageTag).orElse(BROWSER);
  }

  /** The browser's language first, then each language in its own name. */
  public List<SelectItem> getLanguages() {
    List<SelectItem> items = new ArrayList<>();
    items.add(new SelectItem(BROWSER, texts.text("profile.language.browser")));
    for (Locale offered : LocaleChoice.ofBundles().offered()) {
      items.add(new SelectItem(offered.toLanguageTag(), label(offered)));
    }
    return items;
  }

  /** Saves the choice and shows the profile again, now in the chosen language. */
  public String save() {
    Optional<Locale> chosen =
        language == null || language.isBlank()
            ? Optional.empty()
            : Optional.of(Locale.forLanguageTag(language));
    if (chosen.isPresent() && !LocaleChoice.ofBundles().offers(chosen.get())) {
      facesContext.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              texts.text("profile.language.not-offered"),
              texts.text("profile.language.not-offered.detail", language)));
      return null;
    }
    profiles.chooseLanguage(actor(), chosen);
    facesContext.getExternalContext().getFlash().setKeepMessages(true);
    return "/app/profile.xhtml?faces-redirect=true";
  }

  /**
   * A language is named in itself ("English", "français"), as language pickers do, so that a person
   * finds theirs whatever the page's language; the pseudo-locale is named for testers.
   */
  private String label(Locale locale) {
    if (PseudoLocale.is(locale)) {
      return texts.text("profile.language.pseudo");
    }
    String name = locale.getDisplayLanguage(locale);
    return name.isEmpty()
        ? locale.toLanguageTag()
        : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }

  private Actor actor() {
    return RequestActor.of(facesContext);
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
