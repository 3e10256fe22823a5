package org.paraph.api.trust;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.paraph.trust.application.TrustAnchors;

/** {@code /api/v1/trust}: what a verifier must trust to check the portal's own seals. Public. */
@Path("trust")
public class TrustResource {

  static final String PEM = "application/x-pem-file";

  @Inject TrustAnchors trustAnchors;

  @GET
  @Path("anchors")
  @Produces(PEM)
  public String anchors() {
    return trustAnchors.pem();
  }
}
