package org.paraph.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.paraph.shared.domain.ProblemWords.assertEnglish;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paraph.shared.i18n.PseudoLocale;

/** A refused user is told in the core's bundle's words, the English as it was. */
class UserProblemsTest {

  private static final UserDetails ANNA = new UserDetails("Anna", "anna@example.org");

  @Test
  void theRulesOfANewUserSayWhatToCorrectAsBefore() {
    assertEnglish(
        "The display name must have 1 to 200 characters.",
        assertThrows(InvalidUserException.class, () -> new UserDetails(" ", null)));
    assertEnglish(
        "'anna-at-example' is not an e-mail address.",
        assertThrows(InvalidUserException.class, () -> new UserDetails("Anna", "anna-at-example")));
    assertEnglish(
        "A user name has 2 to 64 characters among lower-case letters, digits, '.', '_' and '-',"
            + " and starts with a letter or digit; 'Anna!' does not.",
        assertThrows(
            InvalidUserException.class,
            () -> new NewUser("Anna!", ANNA, "long-enough-1".toCharArray(), Set.of(Role.USER))));
    assertEnglish(
        "Give the user a role: USER, or ADMIN.",
        assertThrows(
            InvalidUserException.class,
            () -> new NewUser("anna", ANNA, "long-enough-1".toCharArray(), Set.of())));
    assertEnglish(
        "A password needs 10 to 200 characters.",
        assertThrows(
            InvalidUserException.class,
            () -> new NewUser("anna", ANNA, "short".toCharArray(), Set.of(Role.USER))));
  }

  @Test
  void theAccountRulesAsBefore() {
    assertEnglish(
        "A user named 'anna' exists already.", InvalidUserException.usernameTaken("anna"));
    assertEnglish("There is no user named 'bob'.", InvalidUserException.notFound("bob"));
    assertEnglish(
        "The current password is not right: the password was not changed.",
        InvalidUserException.wrongPassword());
    assertEnglish(
        "'admin' is the only enabled administrator: disabling them would leave nobody to manage"
            + " the portal.",
        InvalidUserException.lastAdministrator("admin"));
    assertEnglish(
        "You are the only enabled administrator: without your administrator role nobody could"
            + " manage the portal. Make someone else an administrator first.",
        InvalidUserException.lastAdministratorRole("admin", true));
    assertEnglish(
        "'admin' is the only enabled administrator: without their administrator role nobody could"
            + " manage the portal.",
        InvalidUserException.lastAdministratorRole("admin", false));
    assertEnglish(
        "You cannot disable your own account; ask another administrator.",
        InvalidUserException.notYourself());
  }

  @Test
  void inThePseudoLocaleTheNameStaysAsItIs() {
    assertEquals(
        "[Ţĥéŕé îš ñö ûšéŕ ñàɱéď 'bob'.]",
        InvalidUserException.notFound("bob").detailIn(PseudoLocale.LOCALE));
  }
}
