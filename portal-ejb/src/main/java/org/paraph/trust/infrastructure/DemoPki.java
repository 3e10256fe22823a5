package org.paraph.trust.infrastructure;

import java.util.Objects;
import org.paraph.seals.domain.SealingKey;

/**
 * The demo PKI of one installation: a test root, the organisation's test seal and a test timestamp
 * authority, all issued by the root. Nothing in it is trusted outside the portal.
 *
 * @param root the self-signed demo root CA; its chain is the root alone
 * @param seal the organisation's demo sealing key; chain: seal, root
 * @param timestampAuthority the demo TSA's key; chain: TSA, root
 * @param crlUrl where the portal serves the root's CRL (named in the seal and TSA certificates)
 * @param rootCertificateUrl where the portal serves the root certificate (AIA caIssuers)
 */
public record DemoPki(
    SealingKey root,
    SealingKey seal,
    SealingKey timestampAuthority,
    String crlUrl,
    String rootCertificateUrl) {

  public DemoPki {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(seal, "seal");
    Objects.requireNonNull(timestampAuthority, "timestampAuthority");
    Objects.requireNonNull(crlUrl, "crlUrl");
    Objects.requireNonNull(rootCertificateUrl, "rootCertificateUrl");
  }
}
