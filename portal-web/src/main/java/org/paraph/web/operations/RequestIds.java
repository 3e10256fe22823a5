package org.paraph.web.operations;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.paraph.shared.application.CurrentRequest;

/**
 * Every request's id: the one its client sent in {@code X-Request-Id} when it is a plain token (so
 * that a caller's trace continues here), else a new one. It is in every log line the request causes
 * (the logging context's {@code requestId}, which the log formats print), in the answer's {@code
 * X-Request-Id} header and in a problem's {@code instance}, so that an operator follows one request
 * from a client's report to the log.
 */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";

  /**
   * The key in the logging context (MDC), where the core reads it too ({@link CurrentRequest}: the
   * audit events of the request), and of the request attribute.
   */
  public static final String KEY = CurrentRequest.LOG_KEY;

  /**
   * Letters, digits and {@code . _ : -}, 8 to 64 of them: enough for a UUID or a tracing id, and
   * nothing a log reader could mistake for another field or line.
   */
  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

  private RequestIds() {}

  /**
   * Gives the request its id, once, and puts it in the logging context of this thread.
   *
   * @param sent the client's {@code X-Request-Id}, if any
   */
  public static String begin(ServletRequest request, String sent) {
    Object known = request.getAttribute(KEY);
    String id = known instanceof String given ? given : accepted(sent).orElseGet(RequestIds::fresh);
    request.setAttribute(KEY, id);
    MDC.put(KEY, id);
    return id;
  }

  /** {@link #begin}, and the id in the answer's header. */
  public static String begin(ServletRequest request, String sent, HttpServletResponse response) {
    String id = begin(request, sent);
    if (!response.isCommitted() && !response.containsHeader(HEADER)) {
      response.setHeader(HEADER, id);
    }
    return id;
  }

  /** The id of the request this thread serves, if any. */
  public static Optional<String> current() {
    Object id = MDC.get(KEY);
    return id instanceof String text ? Optional.of(text) : Optional.empty();
  }

  /** The thread goes back to its pool: its next request must not log under this one's id. */
  public static void end() {
    MDC.remove(KEY);
  }

  /** A problem's {@code instance}: this occurrence, named by its request. */
  public static Optional<String> instance() {
    return current().map(id -> "urn:paraph:request:" + id);
  }

  static Optional<String> accepted(String sent) {
    return sent != null && ACCEPTED.matcher(sent).matches() ? Optional.of(sent) : Optional.empty();
  }

  private static String fresh() {
    return UUID.randomUUID().toString();
  }
}
