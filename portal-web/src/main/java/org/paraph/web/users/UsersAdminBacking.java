package org.paraph.web.users;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.paraph.identity.application.UserAdministration;
import org.paraph.identity.application.UserView;
import org.paraph.identity.domain.NewUser;
import org.paraph.identity.domain.Role;
import org.paraph.identity.domain.UserDetails;
import org.paraph.shared.domain.PortalException;
import org.paraph.web.i18n.Texts;
import org.paraph.web.shell.RequestActor;
import org.paraph.web.shell.Timestamps;

/**
 * The users page for administrators: the users, a form to create one, disable and enable, and a
 * form to change one user's roles at a time.
 */
@Named
@ViewScoped
public class UsersAdminBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject UserAdministration administration;
  @Inject FacesContext facesContext;
  @Inject Texts texts;

  private List<UserView> users;
  private String username;
  private String displayName;
  private String email;
  private String password;
  private boolean admin;

  /** Whose roles the roles form changes; null when it is closed. */
  private String rolesOf;

  private boolean roleUser;
  private boolean roleAdmin;

  @PostConstruct
  void load() {
    users = administration.users();
  }

  public void create() {
    try {
      Set<Role> roles = admin ? EnumSet.of(Role.USER, Role.ADMIN) : EnumSet.of(Role.USER);
      UserView created =
          administration.create(
              RequestActor.of(facesContext),
              new NewUser(
                  username,
                  new UserDetails(displayName, email),
                  password == null ? null : password.toCharArray(),
                  roles));
      info(texts.text("users.created", created.username()), texts.text("users.created.detail"));
      username = null;
      displayName = null;
      email = null;
      admin = false;
      users = administration.users();
    } catch (PortalException e) {
      error(texts.text("users.not-created"), texts.problem(e));
    } finally {
      password = null;
    }
  }

  public void disable(String who) {
    try {
      administration.disable(RequestActor.of(facesContext), who);
      info(texts.text("users.disabled", who), texts.text("users.disabled.detail"));
    } catch (PortalException e) {
      error(texts.text("users.not-disabled"), texts.problem(e));
    }
    users = administration.users();
  }

  public void enable(String who) {
    try {
      administration.enable(RequestActor.of(facesContext), who);
      info(texts.text("users.enabled", who), texts.text("users.enabled.detail"));
    } catch (PortalException e) {
      error(texts.text("users.not-enabled"), texts.problem(e));
    }
    users = administration.users();
  }

  /** Opens the roles form for this user, with the roles they have now. */
  public void editRoles(String who) {
    users.stream()
        .filter(user -> user.username().equals(who))
        .findFirst()
        .ifPresent(
            user -> {
              rolesOf = user.username();
              roleUser = user.roles().contains(Role.USER.name());
              roleAdmin = user.admin();
            });
  }

  public void saveRoles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (roleUser) {
      roles.add(Role.USER);
    }
    if (roleAdmin) {
      roles.add(Role.ADMIN);
    }
    try {
      UserView changed = administration.changeRoles(RequestActor.of(facesContext), rolesOf, roles);
      info(
          texts.text("users.roles-changed", changed.username(), describeRoles(changed)),
          texts.text("users.roles-changed.detail"));
      rolesOf = null;
    } catch (PortalException e) {
      error(texts.text("users.roles-not-changed"), texts.problem(e));
    }
    users = administration.users();
  }

  public void cancelRoles() {
    rolesOf = null;
  }

  /** The roles in words, as the page shows them. */
  public String describeRoles(UserView user) {
    if (user.admin()) {
      return texts.text("users.roles.administrator");
    }
    return user.roles().contains(Role.USER.name())
        ? texts.text("users.roles.user")
        : texts.text("users.roles.none");
  }

  public String format(Instant instant) {
    return Timestamps.format(instant);
  }

  private void info(String summary, String detail) {
    facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
  }

  private void error(String summary, String detail) {
    facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
  }

  public List<UserView> getUsers() {
    return users;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRolesOf() {
    return rolesOf;
  }

  public boolean isRoleUser() {
    return roleUser;
  }

  public void setRoleUser(boolean roleUser) {
    this.roleUser = roleUser;
  }

  public boolean isRoleAdmin() {
    return roleAdmin;
  }

  public void setRoleAdmin(boolean roleAdmin) {
    this.roleAdmin = roleAdmin;
  }

  public boolean isAdmin() {
    return admin;
  }

  public void setAdmin(boolean admin) {
    this.admin = admin;
  }
}
