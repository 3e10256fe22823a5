package org.paraph.seals.infrastructure;

import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A timestamp source whose TSA certificate chain is known in advance, so that a signer can reserve
 * exactly the room its tokens need instead of a generous guess.
 */
public interface CertifiedTspSource extends TSPSource {

  /** The TSA's certificate first, then its issuers: what its tokens carry. */
  List<X509Certificate> certificateChain();
}
