package org.paraph.seals.infrastructure.tsa;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.IOException;
import java.util.Arrays;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;
import org.paraph.seals.domain.SealingFailedException;
import org.paraph.seals.infrastructure.Failures;

/**
 * Guards the sealer against its timestamp authority. Any failure becomes {@code
 * timestamp-unavailable} where it happens, since once DSS has wrapped it nothing tells it apart
 * from other sealing failures. And a token must timestamp what was asked: DSS embeds whatever it is
 * given, and a token over other data would make the seal fail validation later, silently.
 */
public final class GuardedTspSource implements TSPSource {

  private static final long serialVersionUID = 1L;

  private final transient TSPSource delegate;

  public GuardedTspSource(TSPSource delegate) {
    this.delegate = delegate;
  }

  @Override
  public TimestampBinary getTimeStampResponse(DigestAlgorithm digestAlgorithm, byte[] digest) {
    TimestampBinary token;
    try {
      token = delegate.getTimeStampResponse(digestAlgorithm, digest);
    } catch (SealingFailedException e) {
      // Already says which authorities failed and how (a failover source).
      throw e;
    } catch (RuntimeException e) {
      throw SealingFailedException.timestampUnavailable(Failures.describe(e), e);
    }
    if (token == null || token.getBytes() == null || token.getBytes().length == 0) {
      throw SealingFailedException.timestampUnavailable("the authority returned no token", null);
    }
    requireImprintOf(token.getBytes(), digestAlgorithm, digest);
    return token;
  }

  private static void requireImprintOf(byte[] token, DigestAlgorithm algorithm, byte[] digest) {
    TimeStampTokenInfo info;
    try {
      info = new TimeStampToken(new CMSSignedData(token)).getTimeStampInfo();
    } catch (CMSException | TSPException | IOException | IllegalArgumentException e) {
      throw SealingFailedException.timestampUnavailable("the token cannot be parsed", e);
    }
    boolean sameAlgorithm = info.getMessageImprintAlgOID().getId().equals(algorithm.getOid());
    if (!sameAlgorithm || !Arrays.equals(info.getMessageImprintDigest(), digest)) {
      throw SealingFailedException.timestampUnavailable(
          "the authority timestamped other data than the seal", null);
    }
  }
}
