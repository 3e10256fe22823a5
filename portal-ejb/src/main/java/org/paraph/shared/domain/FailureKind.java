package org.paraph.shared.domain;

/** What kind of failure a {@link PortalException} is; the REST layer maps each to one status. */
public enum FailureKind {
  /** The request itself is malformed (missing part, wrong option): 400. */
  BAD_REQUEST,
  /** Well-formed, but the content cannot be processed (not a PDF, encrypted, off the page): 422. */
  UNPROCESSABLE,
  /** The content is larger than the configured limit: 413. */
  TOO_LARGE,
  /** The caller is authenticated but not allowed: 403. */
  FORBIDDEN,
  /** A named thing does not exist: 404. */
  NOT_FOUND,
  /** The request conflicts with the current state: 409. */
  CONFLICT,
  /** The thing existed but is no longer usable (an expired or replaced link): 410. */
  GONE,
  /** Asked too often: the caller may try again later, as the answer says (429). */
  TOO_MANY_REQUESTS,
  /** A service the portal depends on (TSA, HSM, trust service) failed: 503. */
  UNAVAILABLE
}
