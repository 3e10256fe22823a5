package org.paraph.seals.domain;

/**
 * Whether a seal keeps what it seals: the original and the sealed file, in the portal's database,
 * for download and re-sending later. Without them the seal record keeps the hashes, the seal, who
 * and when; the sealed file exists only in the answer. Set by the seal's administrators; a request
 * chooses within it ({@code keep=true|false}).
 *
 * <p>The order is the number the audit text {@code seal.settings.saved} chooses its words by: add a
 * value at the end, never between.
 */
public enum DocumentRetention {
  /** Every document is kept; a request may not ask otherwise. */
  ALWAYS,
  /** Kept unless the request asks {@code keep=false}: how every seal worked before. */
  BY_DEFAULT,
  /** Kept only when the request asks {@code keep=true}: for high volumes the caller stores. */
  ON_REQUEST;

  /**
   * Whether a seal with this retention keeps the documents of a request.
   *
   * @param asked what the request asked, or null when it did not say
   * @throws InvalidSealOptionException when it asks not to keep them and the seal keeps everything
   */
  public boolean keeps(Boolean asked, String sealName) {
    return switch (this) {
      case ALWAYS -> {
        if (Boolean.FALSE.equals(asked)) {
          throw InvalidSealOptionException.keepNotAllowed(sealName);
        }
        yield true;
      }
      case BY_DEFAULT -> !Boolean.FALSE.equals(asked);
      case ON_REQUEST -> Boolean.TRUE.equals(asked);
    };
  }
}
