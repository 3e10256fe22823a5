package org.paraph.api.seals;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.paraph.api.CallerActor;
import org.paraph.seals.application.SealBatchService;
import org.paraph.seals.application.SealJobSettings;
import org.paraph.seals.domain.SealBatch;
import org.paraph.seals.domain.SealFormat;
import org.paraph.seals.domain.SealJobOptions;
import org.paraph.seals.domain.SealLevel;
import org.paraph.shared.application.PortalConfig;
import org.paraph.shared.domain.Actor;

/**
 * {@code /api/v1/seal-batches}: many PDFs sealed with the same options by the job queue; the
 * progress of a batch, document by document; failed documents sent again.
 */
@Path("seal-batches")
public class SealBatchesResource {

  @Inject SealBatchService batches;
  @Inject PortalConfig config;
  @Inject SealJobSettings settings;
  @Context SecurityContext security;
  @Context HttpServletRequest request;
  @Context UriInfo uriInfo;

  /** 202: the documents are queued; the answer is the batch as it stands, with its address. */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  public Response submit(List<EntityPart> parts) {
    BatchRequestParts form =
        BatchRequestParts.read(
            parts,
            new BatchRequestParts.Limits(
                config.maxUploadBytes(),
                config.maxUploadMegabytes(),
                settings.batchMaxFiles(),
                settings.batchMaxBytes(),
                settings.batchMaxMegabytes()));
    SealRequestParts options = form.options();
    SealJobOptions jobOptions =
        new SealJobOptions(
            options.text("format").map(SealFormat::fromLabel).orElse(SealFormat.PADES),
            options.text("level").map(SealLevel::fromLabel).orElse(SealLevel.B_T),
            SealsResource.placement(options),
            options.text("reason").orElse(null),
            options.text("location").orElse(null));
    Actor actor = CallerActor.of(security, request);
    SealBatch batch =
        batches.submit(actor, form.files(), options.text("seal").orElse(null), jobOptions);
    String id = batch.id().toString();
    return Response.accepted(SealBatchResponse.of(batches.progress(id, actor.name(), true)))
        .location(uriInfo.getBaseUriBuilder().path("seal-batches").path(id).build())
        .build();
  }

  /** The batch's progress; only its creator, or an administrator, sees it. */
  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public SealBatchResponse progress(@PathParam("id") String id) {
    return SealBatchResponse.of(
        batches.progress(id, security.getUserPrincipal().getName(), administrator()));
  }

  /** Sends the batch's failed documents again; 409 when none failed. */
  @POST
  @Path("{id}/retry")
  @Produces(MediaType.APPLICATION_JSON)
  public Response retry(@PathParam("id") String id) {
    Actor actor = CallerActor.of(security, request);
    batches.resendFailed(actor, id, administrator());
    return Response.accepted(
            SealBatchResponse.of(batches.progress(id, actor.name(), administrator())))
        .build();
  }

  private boolean administrator() {
    return security.isUserInRole("ADMIN");
  }
}
