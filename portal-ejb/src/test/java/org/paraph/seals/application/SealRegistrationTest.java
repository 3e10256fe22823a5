package org.paraph.seals.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paraph.seals.application.SealsInMemory.UPLOADED_PASSWORD;

import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.identity.domain.InvalidUserException;
import org.paraph.seals.domain.CscSettings;
import org.paraph.seals.domain.InvalidCredentialException;
import org.paraph.seals.domain.InvalidSealOptionException;
import org.paraph.seals.domain.KeyStores;
import org.paraph.seals.domain.Pkcs11Settings;
import org.paraph.seals.domain.RemoteCredential;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealingKey;
import org.paraph.seals.domain.TokenCredential;
import org.paraph.shared.domain.Actor;

/**
 * Registering a personal certificate, with users and seals in memory and the real key store: it
 * becomes a seal owned by that user and named after the certificate's holder, stored without the
 * uploaded password; what is refused stores nothing. A PKCS#11 seal logs in to its tokens once.
 */
class SealRegistrationTest {

  private static SealingKey personKey;

  private SealsInMemory memory;
  private final Actor alice = Actor.user("alice", "192.0.2.7", "test");
  private SealRegistration registration;
  private SealOverviews overviews;

  @BeforeAll
  static void issueACertificate() {
    personKey = SealsInMemory.issueAlicesKey();
  }

  @BeforeEach
  void wire() {
    memory = new SealsInMemory(personKey);
    registration = memory.registration();
    overviews = memory.overviews();
  }

  @Test
  void theOverviewSaysHowManyBytesOfDocumentsEachSealKeeps() {
    SealOverview registered =
        registration.registerPersonalPkcs12(alice, "alice", memory.registration("mine", false));
    assertEquals(0, registered.storedBytes(), "nothing sealed yet");

    memory.storedBytes.put(registered.id(), 2_500_000L);

    SealOverview shown = overviews.personalSeals("alice").get(0);
    assertEquals(2_500_000L, shown.storedBytes());
    assertEquals(2.5, shown.storedMegabytes());
  }

  @Test
  void aPersonalCertificateBecomesASealOwnedByItsUserAndNamedAfterItsHolder() {
    SealOverview registered =
        registration.registerPersonalPkcs12(alice, "alice", memory.registration("mine", false));

    assertTrue(registered.personal());
    assertEquals("alice", registered.owner());
    assertTrue(registered.certificate().subject().contains("Alice Martin"));
    Seal seal = memory.stored.get(0);
    assertEquals("alice", seal.owner().orElseThrow());
    assertFalse(seal.organisationDefault());
    assertTrue(seal.organisationName().contains("Alice Martin"), seal.organisationName());
    assertEquals(
        personKey.signingCertificate(),
        memory.sealKeys.open(seal.credential()).signingCertificate());
    assertNotEquals(UPLOADED_PASSWORD, seal.credential().encryptedPassword());
    assertNotEquals(
        UPLOADED_PASSWORD, memory.secrets.decrypt(seal.credential().encryptedPassword()));
    assertEquals(
        List.of("mine"),
        overviews.personalSeals("alice").stream().map(SealOverview::name).toList());
    assertTrue(overviews.personalSeals("bob").isEmpty());
    assertEquals(1, memory.audited.size());
    assertTrue(
        memory.audited.get(0).contains("personal certificate of alice"), memory.audited::toString);
  }

  @Test
  void aCertificateForNobodyOrForTheOrganisationSealIsRefusedAndNothingIsStored() {
    assertEquals(
        "unknown-user",
        assertThrows(
                InvalidUserException.class,
                () ->
                    registration.registerPersonalPkcs12(
                        alice, "nobody", memory.registration("x", false)))
            .problemType());
    assertThrows(
        InvalidUserException.class,
        () -> registration.registerPersonalPkcs12(alice, "eve", memory.registration("x", false)),
        "a disabled user gets no new certificate");
    assertEquals(
        "personal-organisation-seal",
        assertThrows(
                InvalidSealOptionException.class,
                () ->
                    registration.registerPersonalPkcs12(
                        alice, "alice", memory.registration("x", true)))
            .problemType());
    assertThrows(
        InvalidCredentialException.class,
        () ->
            registration.registerPersonalPkcs12(
                alice,
                "alice",
                new Pkcs12Registration(
                    "x", null, memory.pkcs12(), "wrong".toCharArray(), false, false)));
    assertTrue(memory.stored.isEmpty());
    assertTrue(memory.audited.isEmpty());
  }

  @Test
  void aPkcs11SealLogsInToItsTokensOnceAtRegistrationAndKeepsThemForItsFirstSeal() {
    OpenedTokens tokens = new OpenedTokens();
    registration.keyStores = tokens;
    memory.sealKeys.keyStores = tokens;
    Actor admin = Actor.user("admin", null, null);

    SealOverview registered =
        registration.registerPkcs11(
            admin,
            new Pkcs11Registration(
                "hsm",
                null,
                "/usr/lib/libpkcs11.so",
                List.of(0L, 1L),
                "seal",
                "1234",
                true,
                false));

    Seal seal = memory.stored.get(0);
    assertEquals("PKCS11", registered.credentialKind());
    assertEquals(personKey.chain(), seal.pkcs11().chain(), "the chain is stored for the pages");
    assertEquals(List.of(0L, 1L), tokens.slots);
    assertTrue(memory.audited.get(0).contains("in PKCS#11 tokens 0, 1"), memory.audited::toString);
    assertSame(tokens.opened, memory.sealKeys.keyOf(seal));
    assertEquals(1, tokens.logins, "no second login for the first seal");
    assertFalse(tokens.opened.closed);
  }

  /** PKCS#11 tokens that log in without an HSM and hold Alice's certificate. */
  private static final class OpenedTokens implements KeyStores {
    private final FakeTokens opened = new FakeTokens();
    private List<Long> slots = List.of();
    private int logins;

    @Override
    public SealingKey readPkcs12(byte[] pkcs12, char[] password) {
      throw new AssertionError("no PKCS#12 here");
    }

    @Override
    public byte[] writePkcs12(SealingKey key, String alias, char[] password) {
      throw new AssertionError("no PKCS#12 here");
    }

    @Override
    public TokenCredential openTokens(List<Pkcs11Settings> tokens) {
      logins++;
      slots = tokens.stream().map(Pkcs11Settings::slot).toList();
      return opened;
    }

    @Override
    public RemoteCredential openRemote(CscSettings settings) {
      throw new AssertionError("no CSC here");
    }
  }

  private static final class FakeTokens implements TokenCredential {
    private boolean closed;

    @Override
    public List<X509Certificate> chain() {
      return personKey.chain();
    }

    @Override
    public byte[] sign(String jcaAlgorithm, byte[] data) {
      throw new AssertionError("nothing is signed here");
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
