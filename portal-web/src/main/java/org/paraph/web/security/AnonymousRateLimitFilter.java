package org.paraph.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paraph.api.error.Problems;
import org.paraph.web.i18n.Texts;

/**
 * A per-address rate limit on what anyone may ask without an account and that costs the server real
 * work: verifying a document (API and page) and timestamping. Only requests that submit something
 * count (not GET, which shows the page). 429 with {@code Retry-After} beyond it.
 */
// "/api/v1/verifications/*" also matches "/api/v1/verifications" itself; naming both made the
// container run the filter twice on that path, so each post took two tokens.
@WebFilter(urlPatterns = {"/api/v1/verifications/*", "/verify.xhtml", "/tsa"})
public class AnonymousRateLimitFilter extends HttpFilter {

  private static final int MAX_TRACKED = 50_000;

  @Inject ClientAddresses clientAddresses;
  @Inject Clock clock;
  @Inject Texts texts;

  /** Requests per minute and per client address, and as many at once. */
  @Inject
  @ConfigProperty(name = "paraph.anonymous.rate.per.minute", defaultValue = "60")
  int perMinute;

  private TokenBuckets buckets;

  @Override
  public void init() {
    buckets = new TokenBuckets(perMinute, MAX_TRACKED, clock);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String method = request.getMethod();
    if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Duration> wait = buckets.take(clientAddresses.of(request));
    if (wait.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Retry-After", Long.toString(wait.get().toSeconds()));
    Problems.write(
        response,
        429,
        "too-many-requests",
        texts.text("problem.title.too-many-requests"),
        texts.text("problem.detail.too-many-requests", texts.duration(wait.get())));
  }
}
