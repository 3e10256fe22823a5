package org.paraph.api.seals;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.paraph.api.CallerActor;
import org.paraph.api.InvalidRequestException;
import org.paraph.api.MultipartForm;
import org.paraph.seals.application.Pkcs12Registration;
import org.paraph.seals.application.SealOverview;
import org.paraph.seals.application.SealOverviews;
import org.paraph.seals.application.SealRegistration;
import org.paraph.seals.application.SealRetirement;
import org.paraph.seals.domain.RetirementReason;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.ProblemText;
import org.paraph.web.seals.SealLabels;

/**
 * {@code /api/v1/seal-credentials}: the seals in service (the certificates and keys that seal, as
 * opposed to {@code /api/v1/seals}, the seals applied). An administrator lists, registers (from a
 * PKCS#12 file) and retires any; a user, their own personal certificates. A retired seal no longer
 * seals, its secret is erased, and its name is free for a new one; its records and the documents it
 * sealed are unchanged.
 */
@Path("seal-credentials")
@Produces(MediaType.APPLICATION_JSON)
public class SealCredentialsResource {

  /** A PKCS#12 file is a few kilobytes. */
  private static final int MAX_PKCS12_BYTES = 1024 * 1024;

  private static final Set<String> OPTIONS =
      Set.of("name", "password", "organisationName", "owner", "organisationDefault", "test");

  @Inject SealOverviews overviews;
  @Inject SealRegistration sealRegistration;
  @Inject SealRetirement retirement;
  @Inject SealLabels labels;
  @Context SecurityContext security;
  @Context HttpServletRequest request;

  @GET
  public List<SealCredentialResponse> list() {
    List<SealOverview> seals =
        security.isUserInRole("ADMIN")
            ? overviews.overview()
            : overviews.personalSeals(security.getUserPrincipal().getName());
    return seals.stream().map(seal -> SealCredentialResponse.of(seal, labels)).toList();
  }

  /**
   * Registers a seal from a multipart PKCS#12 {@code file} and its {@code password}, under {@code
   * name}: 201. A user registers their own personal certificate; an administrator, a seal of the
   * organisation ({@code organisationDefault}, {@code test}), or with {@code owner} a user's
   * certificate. The password is used once and not kept.
   */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response register(List<EntityPart> parts) {
    MultipartForm form = MultipartForm.read(parts, Set.of("file"), OPTIONS, MAX_PKCS12_BYTES, 1);
    byte[] pkcs12 =
        form.file("file")
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        "missing-file", ProblemText.of("problem.request.no-pkcs12-file")))
            .content();
    Actor actor = CallerActor.of(security, request);
    boolean administrator = security.isUserInRole("ADMIN");
    Pkcs12Registration registration =
        new Pkcs12Registration(
            form.option("name").orElse(null),
            form.option("organisationName").orElse(null),
            pkcs12,
            form.text("password").orElse("").toCharArray(),
            form.flag("organisationDefault").orElse(false),
            form.flag("test").orElse(false));
    Optional<String> owner = administrator ? form.option("owner") : Optional.of(actor.name());
    SealOverview registered =
        owner.isPresent()
            ? sealRegistration.registerPersonalPkcs12(actor, owner.get(), registration)
            : sealRegistration.registerPkcs12(actor, registration);
    return Response.created(
            URI.create(
                "/api/v1/seal-credentials/"
                    + URLEncoder.encode(registered.name(), StandardCharsets.UTF_8)
                        .replace("+", "%20")))
        .entity(SealCredentialResponse.of(registered, labels))
        .build();
  }

  /**
   * Retires the seal in service with this name (or id), for the {@code reason} of the query ({@code
   * KEY_COMPROMISED}, {@code CERTIFICATE_REPLACED}, {@code HOLDER_LEFT}, {@code OTHER}): 204; 400
   * {@code invalid-retirement-reason} for another value, 404 when there is no such seal, 403 when
   * the caller may not, 409 for the organisation seal. A query parameter rather than a body,
   * because intermediaries and clients often drop the body of a DELETE. Without one (clients
   * written before reasons were asked): {@code NOT_STATED}, which is not a compromise, so the call
   * does what it always did.
   */
  @DELETE
  @Path("{name}")
  public Response retire(@PathParam("name") String name, @QueryParam("reason") String reason) {
    RetirementReason why =
        reason == null || reason.isBlank()
            ? RetirementReason.NOT_STATED
            : RetirementReason.parse(reason)
                .orElseThrow(
                    () ->
                        new InvalidRequestException(
                            "invalid-retirement-reason",
                            ProblemText.of(
                                "problem.request.retirement-reason",
                                reason.strip(),
                                Arrays.stream(RetirementReason.values())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")))));
    retirement.retire(CallerActor.of(security, request), name, why);
    return Response.noContent().build();
  }
}
