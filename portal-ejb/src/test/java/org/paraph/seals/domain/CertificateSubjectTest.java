package org.paraph.seals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who a certificate names, as a seal's holder and organisation and as the signer of a qualified
 * signature are shown.
 */
class CertificateSubjectTest {

  @Test
  void anEscapedCommaStaysInItsValue() {
    CertificateSubject subject = subject("CN=Dupont\\, Jean,O=ACME");

    assertEquals(Optional.of("Dupont, Jean"), subject.commonName());
    assertEquals(Optional.of("ACME"), subject.organisation());
  }

  @Test
  void anEscapedCommaStaysInItsValueInText() {
    CertificateSubject subject = CertificateSubject.parse("CN=Dupont\\, Jean,O=ACME");

    assertEquals(Optional.of("Dupont, Jean"), subject.commonName());
    assertEquals(Optional.of("ACME"), subject.organisation());
  }

  @Test
  void theDemoSealsOrganisationKeepsItsComma() {
    CertificateSubject subject = subject("CN=Acme\\, Inc. Demo Seal (TEST),O=Acme\\, Inc.");

    assertEquals(Optional.of("Acme, Inc. Demo Seal (TEST)"), subject.commonName());
    assertEquals(Optional.of("Acme, Inc."), subject.organisation());
  }

  @Test
  void aQuotedValueIsReadWithoutItsQuotes() {
    assertEquals(
        Optional.of("Dupont, Jean"),
        CertificateSubject.parse("CN=\"Dupont, Jean\",O=ACME").commonName());
    assertEquals(Optional.of("Dupont, Jean"), subject("CN=\"Dupont, Jean\",O=ACME").commonName());
  }

  @Test
  void aNameWithoutCommonNameHasNoneAndIsShownWhole() {
    CertificateSubject subject = subject("O=ACME SA,C=CH");

    assertEquals(Optional.empty(), subject.commonName());
    assertEquals(List.of(), subject.personNames());
    assertEquals("O=ACME SA,C=CH", subject.toString());
  }

  @Test
  void aNameWithoutOrganisationHasNone() {
    assertEquals(Optional.empty(), subject("CN=Jean Dupont,C=FR").organisation());
  }

  @Test
  void anOrganisationalUnitIsNoOrganisation() {
    assertEquals(Optional.of("ACME"), subject("CN=Seal,OU=Legal,O=ACME").organisation());
    assertEquals(Optional.empty(), subject("CN=Seal,OU=Legal").organisation());
  }

  @Test
  void everyValueOfAMultiValuedRdnIsRead() {
    CertificateSubject subject = subject("CN=Jean Dupont+SERIALNUMBER=42,O=ACME+C=FR");

    assertEquals(Optional.of("Jean Dupont"), subject.commonName());
    assertEquals(Optional.of("ACME"), subject.organisation());
  }

  @Test
  void givenNameAndSurnameInOneRdnAreBothPersonNames() {
    CertificateSubject subject = subject("GIVENNAME=Jean+SURNAME=Dupont,C=FR");

    assertEquals(Optional.empty(), subject.commonName());
    assertEquals(List.of("Jean", "Dupont"), subject.personNames());
  }

  @Test
  void thePersonNamesAreTheCommonNameGivenNameAndSurname() {
    CertificateSubject subject =
        subject("CN=Jean Dupont,SURNAME=Dupont,GIVENNAME=Jean,SERIALNUMBER=PNOFR-42,C=FR");

    assertEquals(List.of("Jean", "Dupont", "Jean Dupont"), subject.personNames());
  }

  @Test
  void theMostSpecificCommonNameIsTheHolder() {
    CertificateSubject subject = subject("CN=Jean Dupont,CN=Users,DC=example,DC=org");

    assertEquals(Optional.of("Jean Dupont"), subject.commonName());
    assertEquals(List.of("Users", "Jean Dupont"), subject.personNames());
  }

  @Test
  void nonLatinNamesAreKept() {
    CertificateSubject greek = subject("CN=Ζωή Παπαδοπούλου,O=Ελληνική Εταιρεία Α.Ε.,C=GR");
    CertificateSubject chinese = subject("CN=李小龍,O=測試公司");

    assertEquals(Optional.of("Ζωή Παπαδοπούλου"), greek.commonName());
    assertEquals(Optional.of("Ελληνική Εταιρεία Α.Ε."), greek.organisation());
    assertEquals(Optional.of("李小龍"), chinese.commonName());
    assertEquals(Optional.of("測試公司"), chinese.organisation());
  }

  @Test
  void otherSpecialCharactersAreUnescaped() {
    CertificateSubject subject = subject("CN=A\\+B \\<Sàrl\\>\\;\\\"x\\\",O=ACME");

    assertEquals(Optional.of("A+B <Sàrl>;\"x\""), subject.commonName());
  }

  @Test
  void aBinaryValueIsNoName() {
    assertEquals(Optional.empty(), CertificateSubject.parse("CN=#0c044a65616e").commonName());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Dupont, Jean", "CN=Dupont, Jean", "=ACME", "CN=\"unterminated"})
  void textThatIsNoDistinguishedNameIsRefusedClearly(String text) {
    IllegalArgumentException refusal =
        assertThrows(IllegalArgumentException.class, () -> CertificateSubject.parse(text));

    assertTrue(refusal.getMessage().contains(text), refusal.getMessage());
    assertTrue(refusal.getMessage().contains("is not a distinguished name"));
  }

  @Test
  void noTextIsRefusedClearly() {
    IllegalArgumentException refusal =
        assertThrows(IllegalArgumentException.class, () -> CertificateSubject.parse(null));

    assertTrue(refusal.getMessage().contains("A distinguished name is needed"));
  }

  @Test
  void anEmptyNameHasNothingToShow() {
    CertificateSubject subject = subject("");

    assertEquals(Optional.empty(), subject.commonName());
    assertEquals(Optional.empty(), subject.organisation());
    assertEquals("", subject.toString());
  }

  /** As a certificate's subject: through the JDK's own X.500 parsing and RFC 2253 output. */
  private static CertificateSubject subject(String name) {
    return CertificateSubject.of(new X500Principal(name));
  }
}
