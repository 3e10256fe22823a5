package org.paraph.api.users;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import org.paraph.api.CallerActor;
import org.paraph.api.InvalidRequestException;
import org.paraph.identity.application.UserAdministration;
import org.paraph.identity.application.UserView;
import org.paraph.identity.domain.InvalidUserException;
import org.paraph.shared.domain.ProblemText;

/**
 * {@code /api/v1/users}, for administrators only (web.xml): create users, list them, disable and
 * enable them, change their roles. Answers never carry a password or its hash.
 */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

  @Inject UserAdministration administration;
  @Context SecurityContext security;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(UserRequest body) {
    if (body == null) {
      throw new InvalidRequestException(
          "invalid-user", ProblemText.of("problem.request.user-body"));
    }
    UserView created = administration.create(CallerActor.of(security, request), body.toNewUser());
    return Response.created(URI.create("/api/v1/users/" + created.username()))
        .entity(created)
        .build();
  }

  @GET
  public List<UserView> list() {
    return administration.users();
  }

  @GET
  @Path("{username}")
  public UserView find(@PathParam("username") String username) {
    return administration.users().stream()
        .filter(user -> user.username().equals(username))
        .findFirst()
        .orElseThrow(() -> InvalidUserException.notFound(username));
  }

  @POST
  @Path("{username}/disable")
  public UserView disable(@PathParam("username") String username) {
    return administration.disable(CallerActor.of(security, request), username);
  }

  /**
   * Replaces the user's roles with those listed, e.g. {@code ["user", "admin"]}; from their next
   * request on. {@code []} leaves them no role: the account stays but opens nothing.
   */
  @PUT
  @Path("{username}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  public UserView changeRoles(@PathParam("username") String username, List<String> roles) {
    if (roles == null) {
      throw new InvalidRequestException(
          "invalid-role", ProblemText.of("problem.request.roles-body"));
    }
    return administration.changeRoles(
        CallerActor.of(security, request), username, RoleNames.parse(roles));
  }

  @POST
  @Path("{username}/enable")
  public UserView enable(@PathParam("username") String username) {
    return administration.enable(CallerActor.of(security, request), username);
  }
}
