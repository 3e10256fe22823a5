package org.paraph.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paraph.documents.domain.InvalidDocumentException;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.i18n.PseudoLocale;
import org.paraph.web.i18n.FixedLocaleTexts;

class PortalExceptionMapperTest {

  /** The titles the API gave before they came from the bundle, which clients may show. */
  private static final Map<FailureKind, String> ENGLISH = new EnumMap<>(FailureKind.class);

  static {
    ENGLISH.put(FailureKind.BAD_REQUEST, "Bad request");
    ENGLISH.put(FailureKind.UNPROCESSABLE, "The content cannot be processed");
    ENGLISH.put(FailureKind.TOO_LARGE, "Too large");
    ENGLISH.put(FailureKind.FORBIDDEN, "Not allowed");
    ENGLISH.put(FailureKind.NOT_FOUND, "Not found");
    ENGLISH.put(FailureKind.CONFLICT, "Conflict");
    ENGLISH.put(FailureKind.GONE, "No longer available");
    ENGLISH.put(FailureKind.TOO_MANY_REQUESTS, "Too many requests");
    ENGLISH.put(FailureKind.UNAVAILABLE, "A service the portal depends on is unavailable");
  }

  @Test
  void eachKindHasItsEnglishTitle() {
    PortalExceptionMapper mapper = mapper(Locale.ENGLISH);
    for (FailureKind kind : FailureKind.values()) {
      assertEquals(ENGLISH.get(kind), mapper.titleOf(kind), kind.name());
    }
  }

  @Test
  void thePseudoLocaleAccentsTheTitle() {
    assertEquals("[Ñöţ ƒöûñď]", mapper(PseudoLocale.LOCALE).titleOf(FailureKind.NOT_FOUND));
  }

  @Test
  void aDetailFromTheBundleIsInTheRequestsLanguage() {
    PortalException notAPdf = InvalidDocumentException.notAPdf();

    assertEquals(notAPdf.getMessage(), mapper(Locale.ENGLISH).detailOf(notAPdf));
    assertEquals(
        "[Ţĥé ûþľöàďéď ƒîľé îš ñöţ à ÞĎƑ (ñö %ÞĎƑ- ĥéàďéŕ àţ îţš šţàŕţ): éẋþöŕţ öŕ þŕîñţ ţĥé"
            + " ďöçûɱéñţ ţö ÞĎƑ àñď ûþľöàď ţĥàţ ƒîľé.]",
        mapper(PseudoLocale.LOCALE).detailOf(notAPdf));
  }

  static PortalExceptionMapper mapper(Locale locale) {
    return new PortalExceptionMapper(FixedLocaleTexts.in(locale));
  }
}
