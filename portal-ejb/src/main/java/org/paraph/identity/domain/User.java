package org.paraph.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A person who logs in to the portal. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = User.BY_USERNAME, query = "select u from User u where u.username = :username")
@NamedQuery(name = User.ALL, query = "select u from User u order by u.username")
public class User {

  public static final String BY_USERNAME = "User.byUsername";
  public static final String ALL = "User.all";

  @Id private UUID id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  /** Null for the first administrator, created before anyone could give one. */
  @Column private String email;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private boolean enabled;

  /** A BCP 47 language tag; null when the user chose none and their browser decides. */
  @Column private String locale;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role_name")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected User() {}

  public User(
      String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
    this.id = UUID.randomUUID();
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = EnumSet.copyOf(roles);
    this.enabled = true;
    this.createdAt = now;
  }

  public UUID id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean enabled() {
    return enabled;
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public boolean isAdmin() {
    return roles.contains(Role.ADMIN);
  }

  /** The e-mail address, if the user has one. */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** The language the user chose for pages and messages, if any. */
  public Optional<Locale> locale() {
    return Optional.ofNullable(locale).map(Locale::forLanguageTag);
  }

  /** Empty: none, the browser's language decides. */
  public void chooseLocale(Optional<Locale> chosen) {
    this.locale = chosen.map(Locale::toLanguageTag).orElse(null);
  }

  /** Checked by {@link UserDetails}, as given by the user or an administrator. */
  public void describe(UserDetails details) {
    this.displayName = details.displayName();
    this.email = details.email();
  }

  public void changePasswordHash(String newHash) {
    this.passwordHash = newHash;
  }

  /**
   * What the user may do from their next request on. No role at all is allowed: the account stays,
   * with its seals and records, but opens nothing until it is given one again.
   */
  public void changeRoles(Set<Role> newRoles) {
    roles.clear();
    roles.addAll(Role.granted(newRoles));
  }

  /** A disabled user can no longer log in; the seals and records that name them stay. */
  public void disable() {
    enabled = false;
  }

  public void enable() {
    enabled = true;
  }
}
