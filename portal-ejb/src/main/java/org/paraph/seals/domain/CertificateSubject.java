package org.paraph.seals.domain;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/**
 * Who a certificate names, read from its X.500 subject once and properly: escaped commas and quoted
 * values stay inside their value ("CN=Dupont\, Jean" names "Dupont, Jean"), and every attribute of
 * a multi-valued RDN ("CN=Jean Dupont+SERIALNUMBER=42") is read.
 *
 * <p>Where a name has an attribute more than once, the most specific one counts: the first in its
 * RFC 4514 text, the last in its encoding, as for "CN=Jean Dupont,CN=Users,DC=example,DC=org".
 */
public final class CertificateSubject {

  private static final String COMMON_NAME = "CN";
  private static final String ORGANISATION = "O";
  private static final String GIVEN_NAME = "GIVENNAME";
  private static final String SURNAME = "SURNAME";

  /** Given name and surname (RFC 5280, 2.5.4.42 and 2.5.4.4) have no keyword in RFC 2253 text. */
  private static final Map<String, String> KEYWORDS =
      Map.of("2.5.4.42", GIVEN_NAME, "2.5.4.4", SURNAME);

  private final String text;

  /** Type in upper case and value of each attribute, in the order of the name's encoding. */
  private final List<Map.Entry<String, String>> attributes;

  private CertificateSubject(String text, List<Map.Entry<String, String>> attributes) {
    this.text = text;
    this.attributes = List.copyOf(attributes);
  }

  public static CertificateSubject of(X509Certificate certificate) {
    return of(certificate.getSubjectX500Principal());
  }

  /**
   * The subject of a certificate. Never refused: a name that cannot be read gives no attribute, and
   * its callers fall back to its whole text, as they do for a name without a common name.
   */
  public static CertificateSubject of(X500Principal principal) {
    String text = principal.getName();
    try {
      return new CertificateSubject(
          text, attributesOf(principal.getName(X500Principal.RFC2253, KEYWORDS)));
    } catch (InvalidNameException e) {
      return new CertificateSubject(text, List.of());
    }
  }

  /**
   * A distinguished name in RFC 4514 text, such as "CN=Dupont\, Jean,O=ACME".
   *
   * @throws IllegalArgumentException when the text is not a distinguished name
   */
  public static CertificateSubject parse(String distinguishedName) {
    if (distinguishedName == null) {
      throw new IllegalArgumentException("A distinguished name is needed, such as \"CN=Name\"");
    }
    try {
      return new CertificateSubject(distinguishedName, attributesOf(distinguishedName));
    } catch (InvalidNameException e) {
      throw new IllegalArgumentException(
          "\"" + distinguishedName + "\" is not a distinguished name such as \"CN=Name,O=Company\"",
          e);
    }
  }

  private static List<Map.Entry<String, String>> attributesOf(String distinguishedName)
      throws InvalidNameException {
    List<Map.Entry<String, String>> attributes = new ArrayList<>();
    // LdapName counts from the right: index 0 is the first RDN of the encoding.
    for (Rdn rdn : new LdapName(distinguishedName).getRdns()) {
      try {
        NamingEnumeration<? extends Attribute> each = rdn.toAttributes().getAll();
        while (each.hasMore()) {
          Attribute attribute = each.next();
          for (int i = 0; i < attribute.size(); i++) {
            // Values in #hex are binary: not a name anyone can read.
            if (attribute.get(i) instanceof String value) {
              attributes.add(Map.entry(attribute.getID().toUpperCase(Locale.ROOT), value));
            }
          }
        }
      } catch (NamingException e) {
        throw new IllegalStateException("The attributes of a parsed RDN are in memory", e);
      }
    }
    return attributes;
  }

  /** The most specific common name (CN), if the name has one. */
  public Optional<String> commonName() {
    return mostSpecific(COMMON_NAME);
  }

  /** The most specific organisation (O), if the name has one. */
  public Optional<String> organisation() {
    return mostSpecific(ORGANISATION);
  }

  /**
   * Every name of a person the subject gives: its common names, given names and surnames, in the
   * order of the name's encoding.
   */
  public List<String> personNames() {
    return attributes.stream()
        .filter(
            a ->
                a.getKey().equals(COMMON_NAME)
                    || a.getKey().equals(GIVEN_NAME)
                    || a.getKey().equals(SURNAME))
        .map(Map.Entry::getValue)
        .toList();
  }

  private Optional<String> mostSpecific(String type) {
    for (int i = attributes.size() - 1; i >= 0; i--) {
      if (attributes.get(i).getKey().equals(type)) {
        return Optional.of(attributes.get(i).getValue());
      }
    }
    return Optional.empty();
  }

  /** The whole name, in RFC 2253 text for a certificate's subject. */
  @Override
  public String toString() {
    return text;
  }
}
