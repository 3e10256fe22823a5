package org.paraph.web.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The largest request body the portal reads ({@code PARAPH_MAX_REQUEST_MB}). Unset, it follows the
 * upload limits: room for a batch's total ({@code PARAPH_BATCH_MAX_MB}) or a verification's file
 * and original (twice {@code PARAPH_MAX_UPLOAD_MB}), in base64 inside JSON, plus 1 MB of fields and
 * framing: 68 MB with the default limits. {@code bin/paraph.sh} derives the same number for the
 * server's listener and the pages' multipart parser.
 */
@ApplicationScoped
public class RequestSizeSettings {

  private static final long MB = 1024L * 1024L;

  @Inject
  @ConfigProperty(name = "paraph.max.request.mb")
  Optional<Integer> maxRequestMegabytes;

  @Inject
  @ConfigProperty(name = "paraph.max.upload.mb", defaultValue = "10")
  int maxUploadMegabytes;

  @Inject
  @ConfigProperty(name = "paraph.batch.max.mb", defaultValue = "50")
  int batchMaxMegabytes;

  public long maxRequestBytes() {
    return maxRequestMegabytes() * MB;
  }

  public int maxRequestMegabytes() {
    return maxRequestMegabytes.orElseGet(() -> derived(maxUploadMegabytes, batchMaxMegabytes));
  }

  public int maxUploadMegabytes() {
    return maxUploadMegabytes;
  }

  /** As bin/paraph.sh computes it: the largest upload, times 4/3 rounded up, plus 1 MB. */
  static int derived(int uploadMegabytes, int batchMegabytes) {
    int largest = Math.max(2 * uploadMegabytes, batchMegabytes);
    return (largest * 4 + 2) / 3 + 1;
  }
}
