package org.paraph.seals.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.application.CodedDetails;
import org.paraph.identity.domain.Role;
import org.paraph.identity.domain.User;
import org.paraph.identity.domain.UserRepository;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealRecordRepository;
import org.paraph.seals.domain.SealRepository;
import org.paraph.seals.domain.SealingKey;
import org.paraph.seals.infrastructure.keys.KeyStoreAccess;
import org.paraph.seals.infrastructure.keys.Pkcs12;
import org.paraph.shared.application.Secrets;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.AesGcmSecretBox;
import org.paraph.shared.infrastructure.OutboundGuard;
import org.paraph.trust.infrastructure.DemoPkiGenerator;

/**
 * What the tests of the seal administration's use cases share: seals and users in memory (alice,
 * bob, admin, and eve who is disabled), the real key store, secrets under a fresh master key, and
 * an audit log that keeps its lines. Each test makes its own.
 */
final class SealsInMemory {

  static final String UPLOADED_PASSWORD = "uploaded-Password-42";

  final List<Seal> stored = new ArrayList<>();
  final List<String> audited = new ArrayList<>();
  final Secrets secrets;
  final SealKeys sealKeys = new SealKeys();
  final SealRepository seals = new Seals();
  final UserRepository users = new Users();

  /** What the records of each seal keep, as the database would sum it. */
  final Map<UUID, Long> storedBytes = new HashMap<>();

  final SealRecordRepository records =
      new NoSealRecords() {
        @Override
        public Map<UUID, Long> storedBytesBySeal() {
          return Map.copyOf(storedBytes);
        }
      };
  final AuditLog auditLog =
      new AuditLog() {
        @Override
        public void record(Actor actor, String action, String subject, String details) {
          audited.add(
              action
                  + " "
                  + subject
                  + " by "
                  + actor.name()
                  + ": "
                  + CodedDetails.text(details, Locale.ENGLISH));
        }
      };
  private final byte[] pkcs12;

  SealsInMemory(SealingKey personKey) {
    byte[] masterKey = new byte[32];
    new SecureRandom().nextBytes(masterKey);
    AesGcmSecretBox box = new AesGcmSecretBox(masterKey);
    secrets =
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
    sealKeys.secrets = secrets;
    sealKeys.keyStores = new KeyStoreAccess(Clock.systemUTC(), OutboundGuard.strict());
    pkcs12 =
        Pkcs12.write(
            personKey.privateKey(), personKey.chain(), "me", UPLOADED_PASSWORD.toCharArray());
  }

  /** A seal key and certificate for Alice Martin from a demo PKI made for the test class. */
  static SealingKey issueAlicesKey() {
    return new DemoPkiGenerator()
        .generate("Alice Martin", "https://paraph.test", Instant.now())
        .seal();
  }

  byte[] pkcs12() {
    return pkcs12;
  }

  /** Alice's PKCS#12 file with its password, under that seal name. */
  Pkcs12Registration registration(String name, boolean organisationDefault) {
    return new Pkcs12Registration(
        name, null, pkcs12, UPLOADED_PASSWORD.toCharArray(), organisationDefault, false);
  }

  SealRegistration registration() {
    SealRegistration registration = new SealRegistration();
    registration.sealKeys = sealKeys;
    registration.keyStores = sealKeys.keyStores;
    registration.secrets = secrets;
    registration.seals = seals;
    registration.users = users;
    registration.clock = Clock.systemUTC();
    registration.auditLog = auditLog;
    return registration;
  }

  SealRetirement retirement() {
    SealRetirement retirement = new SealRetirement();
    retirement.sealKeys = sealKeys;
    retirement.seals = seals;
    retirement.users = users;
    retirement.clock = Clock.systemUTC();
    retirement.auditLog = auditLog;
    return retirement;
  }

  SealOverviews overviews() {
    SealOverviews overviews = new SealOverviews();
    overviews.sealKeys = sealKeys;
    overviews.seals = seals;
    overviews.records = records;
    overviews.clock = Clock.systemUTC();
    return overviews;
  }

  SealConfiguration configuration() {
    SealConfiguration configuration = new SealConfiguration();
    configuration.seals = seals;
    configuration.users = users;
    configuration.clock = Clock.systemUTC();
    configuration.auditLog = auditLog;
    return configuration;
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
