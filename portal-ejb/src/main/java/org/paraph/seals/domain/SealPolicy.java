package org.paraph.seals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.paraph.shared.domain.ProblemText;

/**
 * How a seal is applied when a request does not say: its default level, the timestamp authorities
 * it asks in order, and whether it falls back to B-B when none of them answers. No authority listed
 * means the portal's own. A seal registered before these settings existed seals at B-T with the
 * portal's authority and fails when it does not answer, as before.
 */
@Embeddable
public class SealPolicy {

  /** A few are enough to survive an outage; each one tried costs a timeout when it is down. */
  public static final int MAX_TSA_URLS = 5;

  private static final int MAX_URL_LENGTH = 300;

  @Column(name = "default_level", nullable = false)
  private String defaultLevel = SealLevel.B_T.label();

  /** One URL a line, in the order they are tried. */
  @Column(name = "tsa_urls")
  private String tsaUrls;

  @Column(name = "degrade_without_tsa", nullable = false)
  private boolean degradeWithoutTsa;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_retention", nullable = false)
  private DocumentRetention documentRetention = DocumentRetention.BY_DEFAULT;

  public SealPolicy() {}

  /** A policy that keeps documents unless a request asks not to (as every seal did before). */
  public SealPolicy(SealLevel defaultLevel, List<String> tsaUrls, boolean degradeWithoutTsa) {
    this(defaultLevel, tsaUrls, degradeWithoutTsa, DocumentRetention.BY_DEFAULT);
  }

  /**
   * @throws InvalidSealSettingsException {@code invalid-tsa-url} for a URL that is not http(s)
   */
  public SealPolicy(
      SealLevel defaultLevel,
      List<String> tsaUrls,
      boolean degradeWithoutTsa,
      DocumentRetention documentRetention) {
    this.defaultLevel = defaultLevel.label();
    this.documentRetention = Objects.requireNonNull(documentRetention, "documentRetention");
    List<String> checked = new ArrayList<>();
    for (String url : tsaUrls) {
      if (url != null && !url.isBlank()) {
        checked.add(checkedUrl(url.strip()));
      }
    }
    if (checked.size() > MAX_TSA_URLS) {
      throw InvalidSealSettingsException.tooManyTsaUrls(checked.size(), MAX_TSA_URLS);
    }
    this.tsaUrls = checked.isEmpty() ? null : String.join("\n", checked);
    this.degradeWithoutTsa = degradeWithoutTsa;
  }

  public SealLevel defaultLevel() {
    return SealLevel.fromLabel(defaultLevel);
  }

  /** The timestamp authorities, in the order they are tried; empty for the portal's own. */
  public List<String> tsaUrls() {
    return tsaUrls == null ? List.of() : Arrays.asList(tsaUrls.split("\n"));
  }

  /** Whether the documents it seals are kept, and whether a request may choose. */
  public DocumentRetention documentRetention() {
    return documentRetention;
  }

  /** Whether a seal asked at B-T or above is made at B-B when no authority answers. */
  public boolean degradeWithoutTsa() {
    return degradeWithoutTsa;
  }

  private static String checkedUrl(String url) {
    if (url.length() > MAX_URL_LENGTH) {
      throw InvalidSealSettingsException.tooLong(
          ProblemText.of("problem.setting-too-long.tsa-url"), MAX_URL_LENGTH);
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return url;
      }
    } catch (URISyntaxException e) {
      // refused below
    }
    throw InvalidSealSettingsException.invalidTsaUrl(url);
  }
}
