package org.paraph.verification.infrastructure;

import eu.europa.esig.dss.spi.client.http.DataLoader;
import eu.europa.esig.dss.spi.exception.DSSExternalResourceException;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.paraph.verification.infrastructure.ValidationDataFetcher.FetchException;

/**
 * The DSS data loader of one kind of validation data (CRL, OCSP, issuer certificate) for one
 * verification: fetches through the application's guarded {@link ValidationDataFetcher}, and notes
 * every failure in the verification's {@link FetchLog} before DSS, which only logs them, moves on.
 */
final class RecordingDataLoader implements DataLoader {

  private static final long serialVersionUID = 1L;

  static final String CRL = "CRL";
  static final String OCSP = "OCSP";
  static final String ISSUER_CERTIFICATE = "issuer certificate";

  private final String kind;
  private final transient ValidationDataFetcher fetcher;
  private final transient FetchLog log;
  private String contentType;

  RecordingDataLoader(String kind, ValidationDataFetcher fetcher, FetchLog log) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.log = Objects.requireNonNull(log, "log");
    // DSS's OnlineOCSPSource posts through whatever loader it gets and leaves the type to it.
    this.contentType = OCSP.equals(kind) ? "application/ocsp-request" : null;
  }

  @Override
  public byte[] get(String url) {
    try {
      requireBudget();
      return fetcher.get(url);
    } catch (FetchException e) {
      throw failure(url, e);
    }
  }

  @Override
  public DataAndUrl get(List<String> urls) {
    for (String url : urls) {
      try {
        requireBudget();
        return new DataAndUrl(url, fetcher.get(url));
      } catch (FetchException e) {
        log.failed(kind, url, e.getMessage());
      }
    }
    throw new DSSExternalResourceException("No " + kind + " could be fetched from " + urls);
  }

  @Override
  public byte[] post(String url, byte[] content) {
    byte[] answer;
    try {
      requireBudget();
      answer = fetcher.post(url, content, contentType);
    } catch (FetchException e) {
      throw failure(url, e);
    }
    if (OCSP.equals(kind)) {
      requireSuccessfulOcsp(url, answer);
    }
    return answer;
  }

  /**
   * A responder that answers "unauthorized" or "try later", or answers with something else than
   * OCSP, leaves DSS without an answer and the reader without a reason unless it is noted here.
   */
  private void requireSuccessfulOcsp(String url, byte[] answer) {
    int status;
    try {
      status = new OCSPResp(answer).getStatus();
    } catch (IOException | RuntimeException e) {
      throw failure(url, new FetchException("answered something that is not an OCSP answer"));
    }
    if (status != OCSPResp.SUCCESSFUL) {
      throw failure(url, new FetchException("answered \"" + ocspStatus(status) + "\""));
    }
  }

  /** RFC 6960, 4.2.1: the statuses an OCSP responder answers when it gives no status. */
  private static String ocspStatus(int status) {
    return switch (status) {
      case OCSPResp.MALFORMED_REQUEST -> "malformed request";
      case OCSPResp.INTERNAL_ERROR -> "internal error";
      case OCSPResp.TRY_LATER -> "try later";
      case OCSPResp.SIG_REQUIRED -> "signature required";
      case OCSPResp.UNAUTHORIZED -> "unauthorized";
      default -> "status " + status;
    };
  }

  private void requireBudget() throws FetchException {
    if (!log.spend()) {
      throw new FetchException(
          "not fetched, the document names more addresses than the verifier follows");
    }
  }

  @Override
  public void setContentType(String contentType) {
    this.contentType = contentType;
  }

  private DSSExternalResourceException failure(String url, FetchException e) {
    log.failed(kind, url, e.getMessage());
    return new DSSExternalResourceException(kind + " at " + url + ": " + e.getMessage(), e);
  }
}
