package org.paraph.documents.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.HttpEntity;
import org.paraph.documents.domain.DocumentFetcher;
import org.paraph.documents.domain.DocumentTooLargeException;
import org.paraph.documents.domain.RemoteDocumentException;
import org.paraph.shared.application.PortalConfig;
import org.paraph.shared.infrastructure.GuardedHttp;
import org.paraph.shared.infrastructure.OutboundGuard;
import org.paraph.shared.infrastructure.OutboundGuard.RefusedAddressException;

/**
 * Fetches a document given by address, as DESIGN.md's rules want: http(s) only, never from an
 * internal address the {@link OutboundGuard} refuses, no redirects (one could lead to such an
 * address), at most the upload limit, within 20 seconds.
 */
@ApplicationScoped
public class RemoteDocumentFetcher implements DocumentFetcher {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  @Inject PortalConfig config;

  @Inject OutboundGuard guard;

  private CloseableHttpClient http;

  @PostConstruct
  void openClient() {
    // The checked resolver connects only to the addresses it let through: no DNS rebinding.
    http = GuardedHttp.client(CONNECT_TIMEOUT, TIMEOUT, guard, 0);
  }

  @PreDestroy
  void closeClient() throws IOException {
    http.close();
  }

  @Override
  public byte[] fetch(String url) {
    URI uri = requireAllowed(url);
    try {
      return http.execute(
          new HttpGet(uri),
          response -> {
            if (response.getCode() != 200) {
              throw RemoteDocumentException.answered(url, response.getCode());
            }
            return limited(response.getEntity());
          });
    } catch (RefusedAddressException e) {
      throw RemoteDocumentException.refused(e.reason());
    } catch (IOException e) {
      throw RemoteDocumentException.failed(url, e.getMessage());
    }
  }

  private byte[] limited(HttpEntity entity) throws IOException {
    long limit = config.maxUploadBytes();
    if (entity == null) {
      return new byte[0];
    }
    try (InputStream body = entity.getContent()) {
      byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (content.length > limit) {
        throw new DocumentTooLargeException(config.maxUploadMegabytes());
      }
      return content;
    }
  }

  private URI requireAllowed(String url) {
    guard
        .refusal(url)
        .ifPresent(
            why -> {
              throw RemoteDocumentException.refused(why);
            });
    return URI.create(url.strip());
  }
}
