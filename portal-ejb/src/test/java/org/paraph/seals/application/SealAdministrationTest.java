package org.paraph.seals.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.audit.application.AuditLog;
import org.paraph.identity.domain.InvalidUserException;
import org.paraph.identity.domain.Role;
import org.paraph.identity.domain.User;
import org.paraph.identity.domain.UserRepository;
import org.paraph.seals.domain.CscSettings;
import org.paraph.seals.domain.InvalidCredentialException;
import org.paraph.seals.domain.InvalidSealOptionException;
import org.paraph.seals.domain.KeyStores;
import org.paraph.seals.domain.Pkcs11Settings;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.RemoteCredential;
import org.paraph.seals.domain.RetirementReason;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealRepository;
import org.paraph.seals.domain.SealRetiredException;
import org.paraph.seals.domain.SealRetirementRefusedException;
import org.paraph.seals.domain.SealingKey;
import org.paraph.seals.domain.TokenCredential;
import org.paraph.seals.domain.UnknownSealException;
import org.paraph.seals.infrastructure.keys.KeyStoreAccess;
import org.paraph.seals.infrastructure.keys.Pkcs12;
import org.paraph.shared.application.Secrets;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.ActorKind;
import org.paraph.shared.domain.AesGcmSecretBox;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.infrastructure.OutboundGuard;
import org.paraph.trust.infrastructure.DemoPkiGenerator;

/**
 * Registering a personal certificate, with users and seals in memory and the real key store: it
 * becomes a seal owned by that user and named after the certificate's holder, stored without the
 * uploaded password; what is refused stores nothing.
 */
class SealAdministrationTest {

  private static final String UPLOADED_PASSWORD = "uploaded-Password-42";
  private static SealingKey personKey;
  private static byte[] pkcs12;

  private final List<Seal> stored = new ArrayList<>();
  private final List<String> audited = new ArrayList<>();
  private final SealAdministration administration = new SealAdministration();
  private final Actor alice = Actor.user("alice", "192.0.2.7", "test");

  @BeforeAll
  static void issueACertificate() {
    personKey =
        new DemoPkiGenerator()
            .generate("Alice Martin", "https://paraph.test", Instant.now())
            .seal();
    pkcs12 =
        Pkcs12.write(
            personKey.privateKey(), personKey.chain(), "me", UPLOADED_PASSWORD.toCharArray());
  }

  @BeforeEach
  void wire() {
    byte[] masterKey = new byte[32];
    new SecureRandom().nextBytes(masterKey);
    AesGcmSecretBox box = new AesGcmSecretBox(masterKey);
    Secrets secrets =
        new Secrets() {
          @Override
          public String encrypt(String plaintext) {
            return box.encrypt(plaintext);
          }

          @Override
          public String decrypt(String encrypted) {
            return box.decrypt(encrypted);
          }
        };
    SealKeys keys = new SealKeys();
    keys.secrets = secrets;
    keys.keyStores = new KeyStoreAccess(Clock.systemUTC(), OutboundGuard.strict());
    administration.sealKeys = keys;
    administration.keyStores = keys.keyStores;
    administration.secrets = secrets;
    administration.seals = new Seals();
    administration.users = new Users();
    administration.clock = Clock.systemUTC();
    administration.auditLog =
        new AuditLog() {
          @Override
          public void record(Actor actor, String action, String subject, String details) {
            audited.add(action + " " + subject + " by " + actor.name() + ": " + details);
          }
        };
  }

  @Test
  void aPersonalCertificateBecomesASealOwnedByItsUserAndNamedAfterItsHolder() {
    SealOverview registered =
        administration.registerPersonalPkcs12(alice, "alice", registration("mine", false));

    assertTrue(registered.personal());
    assertEquals("alice", registered.owner());
    assertTrue(registered.certificate().subject().contains("Alice Martin"));
    Seal seal = stored.get(0);
    assertEquals("alice", seal.owner().orElseThrow());
    assertFalse(seal.organisationDefault());
    assertTrue(seal.organisationName().contains("Alice Martin"), seal.organisationName());
    assertEquals(
        personKey.signingCertificate(),
        administration.sealKeys.open(seal.credential()).signingCertificate());
    assertNotEquals(UPLOADED_PASSWORD, seal.credential().encryptedPassword());
    assertNotEquals(
        UPLOADED_PASSWORD, administration.secrets.decrypt(seal.credential().encryptedPassword()));
    assertEquals(
        List.of("mine"),
        administration.personalSeals("alice").stream().map(SealOverview::name).toList());
    assertTrue(administration.personalSeals("bob").isEmpty());
    assertEquals(1, audited.size());
    assertTrue(audited.get(0).contains("personal certificate of alice"), audited::toString);
  }

  @Test
  void aCertificateForNobodyOrForTheOrganisationSealIsRefusedAndNothingIsStored() {
    assertEquals(
        "unknown-user",
        assertThrows(
                InvalidUserException.class,
                () ->
                    administration.registerPersonalPkcs12(
                        alice, "nobody", registration("x", false)))
            .problemType());
    assertThrows(
        InvalidUserException.class,
        () -> administration.registerPersonalPkcs12(alice, "eve", registration("x", false)),
        "a disabled user gets no new certificate");
    assertEquals(
        "personal-organisation-seal",
        assertThrows(
                InvalidSealOptionException.class,
                () ->
                    administration.registerPersonalPkcs12(alice, "alice", registration("x", true)))
            .problemType());
    assertThrows(
        InvalidCredentialException.class,
        () ->
            administration.registerPersonalPkcs12(
                alice,
                "alice",
                new Pkcs12Registration("x", null, pkcs12, "wrong".toCharArray(), false, false)));
    assertTrue(stored.isEmpty());
    assertTrue(audited.isEmpty());
  }

  @Test
  void aUserRemovesHerCertificateAndAddsANewOneUnderTheSameName() {
    administration.registerPersonalPkcs12(alice, "alice", registration("mine", false));
    Seal first = stored.get(0);

    RetiredSeal retired = administration.retire(alice, "mine", RetirementReason.KEY_COMPROMISED);

    assertEquals("mine", retired.name());
    assertEquals(
        personKey.signingCertificate().getSerialNumber().toString(16), retired.certificateSerial());
    assertTrue(first.retired());
    assertNull(first.credential().encryptedPassword(), "the secret is erased");
    assertEquals(
        personKey.signingCertificate(),
        administration.sealKeys.chainOf(first).get(0),
        "the certificate stays, for history");
    assertEquals(
        "seal-retired",
        assertThrows(SealRetiredException.class, () -> administration.sealKeys.keyOf(first))
            .problemType());
    assertTrue(administration.personalSeals("alice").isEmpty());
    assertTrue(audited.get(1).startsWith("SEAL_RETIRED mine by alice"), audited::toString);
    assertTrue(audited.get(1).contains("certificate serial " + retired.certificateSerial()));
    assertTrue(audited.get(1).contains("reason: key compromised"), audited::toString);
    assertEquals(RetirementReason.KEY_COMPROMISED, first.retirementReason().orElseThrow());

    administration.registerPersonalPkcs12(alice, "alice", registration("mine", false));
    assertEquals(
        List.of("mine"),
        administration.personalSeals("alice").stream().map(SealOverview::name).toList());
    assertNotEquals(first.id(), administration.personalSeals("alice").get(0).id());
  }

  @Test
  void onlyTheOwnerOrAnAdministratorRetiresAPersonalCertificate() {
    administration.registerPersonalPkcs12(alice, "alice", registration("mine", false));
    Seal mine = stored.get(0);

    SealRetirementRefusedException refused =
        assertThrows(
            SealRetirementRefusedException.class,
            () ->
                administration.retire(
                    Actor.user("bob", null, null), "mine", RetirementReason.CERTIFICATE_REPLACED));
    assertEquals(FailureKind.FORBIDDEN, refused.kind());
    assertFalse(mine.retired());
    assertThrows(
        SealRetirementRefusedException.class,
        () ->
            administration.retire(
                new Actor("alice", ActorKind.API_CLIENT, null, null),
                "mine",
                RetirementReason.CERTIFICATE_REPLACED),
        "no process retires a user's certificate in her name");

    administration.retire(
        Actor.user("admin", null, null),
        mine.id().toString(),
        RetirementReason.CERTIFICATE_REPLACED);
    assertTrue(mine.retired());
    assertEquals("admin", mine.retiredBy().orElseThrow());
  }

  @Test
  void onlyAnAdministratorRetiresAnOrganisationSealAndNeverTheDefaultOne() {
    Actor admin = Actor.user("admin", null, null);
    administration.registerPkcs12(admin, registration("acme", true));
    administration.registerPkcs12(admin, registration("acme-2", false));

    assertEquals(
        FailureKind.FORBIDDEN,
        assertThrows(
                SealRetirementRefusedException.class,
                () -> administration.retire(alice, "acme-2", RetirementReason.CERTIFICATE_REPLACED))
            .kind());
    SealRetirementRefusedException isDefault =
        assertThrows(
            SealRetirementRefusedException.class,
            () -> administration.retire(admin, "acme", RetirementReason.CERTIFICATE_REPLACED));
    assertEquals("seal-is-organisation-default", isDefault.problemType());
    assertEquals(
        "unknown-seal",
        assertThrows(
                UnknownSealException.class,
                () -> administration.retire(admin, "nope", RetirementReason.CERTIFICATE_REPLACED))
            .problemType());

    administration.retire(admin, "acme-2", RetirementReason.CERTIFICATE_REPLACED);
    assertEquals(
        List.of("acme"), administration.overview().stream().map(SealOverview::name).toList());
    assertEquals(
        "unknown-seal",
        assertThrows(
                UnknownSealException.class,
                () -> administration.retire(admin, "acme-2", RetirementReason.CERTIFICATE_REPLACED))
            .problemType(),
        "its name now names no seal");
  }

  @Test
  void aPkcs11SealLogsInToItsTokensOnceAtRegistrationAndKeepsThemForItsFirstSeal() {
    OpenedTokens tokens = new OpenedTokens();
    administration.keyStores = tokens;
    administration.sealKeys.keyStores = tokens;
    Actor admin = Actor.user("admin", null, null);

    SealOverview registered =
        administration.registerPkcs11(
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

    Seal seal = stored.get(0);
    assertEquals("PKCS11", registered.credentialKind());
    assertEquals(personKey.chain(), seal.pkcs11().chain(), "the chain is stored for the pages");
    assertEquals(List.of(0L, 1L), tokens.slots);
    assertTrue(audited.get(0).contains("in PKCS#11 tokens 0, 1"), audited::toString);
    assertSame(tokens.opened, administration.sealKeys.keyOf(seal));
    assertEquals(1, tokens.logins, "no second login for the first seal");
    assertFalse(tokens.opened.closed);
  }

  @Test
  void thePreviewShowsTheDraftWithASampleReasonInTheDefaultBox() {
    administration.registerPkcs12(Actor.user("admin", null, null), registration("acme", true));
    Seal seal = stored.get(0);
    List<SealOptions> drawn = new ArrayList<>();
    List<Placement> boxes = new ArrayList<>();
    administration.previews =
        (options, box) -> {
          drawn.add(options);
          boxes.add(box);
          return new byte[] {1, 2, 3};
        };

    byte[] png =
        administration.previewPng(
            seal.id().toString(), administration.settings(seal.id().toString()), "alice");

    assertArrayEquals(new byte[] {1, 2, 3}, png);
    assertEquals(seal.organisationName(), drawn.get(0).organisationName());
    assertEquals("Certified copy", drawn.get(0).reason());
    assertEquals(new Placement(1, 0, 0, 200, 70), boxes.get(0));
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

  private static Pkcs12Registration registration(String name, boolean organisationDefault) {
    return new Pkcs12Registration(
        name, null, pkcs12, UPLOADED_PASSWORD.toCharArray(), organisationDefault, false);
  }

  private final class Seals implements SealRepository {
    @Override
    public Optional<Seal> organisationDefault() {
      return stored.stream().filter(Seal::organisationDefault).findFirst();
    }

    @Override
    public Optional<Seal> findByName(String name) {
      return stored.stream().filter(s -> !s.retired() && s.name().equals(name)).findFirst();
    }

    @Override
    public Optional<Seal> lastRetiredNamed(String name) {
      return stored.stream().filter(s -> s.retired() && s.name().equals(name)).reduce((a, b) -> b);
    }

    @Override
    public List<Seal> inService() {
      return stored.stream().filter(s -> !s.retired()).toList();
    }

    @Override
    public Optional<Seal> find(UUID id) {
      return stored.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    @Override
    public List<Seal> all() {
      return List.copyOf(stored);
    }

    @Override
    public List<Seal> ownedBy(String username) {
      return stored.stream()
          .filter(s -> !s.retired() && s.owner().filter(username::equals).isPresent())
          .toList();
    }

    @Override
    public void add(Seal seal) {
      stored.add(seal);
    }
  }

  private static final class Users implements UserRepository {
    private final List<User> users = new ArrayList<>();

    Users() {
      users.add(new User("alice", "Alice", "hash", Set.of(Role.USER), Instant.EPOCH));
      users.add(new User("bob", "Bob", "hash", Set.of(Role.USER), Instant.EPOCH));
      users.add(new User("admin", "Admin", "hash", Set.of(Role.ADMIN, Role.USER), Instant.EPOCH));
      User eve = new User("eve", "Eve", "hash", Set.of(Role.USER), Instant.EPOCH);
      eve.disable();
      users.add(eve);
    }

    @Override
    public Optional<User> findByUsername(String username) {
      return users.stream().filter(u -> u.username().equals(username)).findFirst();
    }

    @Override
    public List<User> all() {
      return users;
    }

    @Override
    public void add(User user) {
      users.add(user);
    }

    @Override
    public long count() {
      return users.size();
    }
  }
}
