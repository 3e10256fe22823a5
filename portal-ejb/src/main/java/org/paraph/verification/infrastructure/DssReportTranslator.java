package org.paraph.verification.infrastructure;

import eu.europa.esig.dss.diagnostic.CertificateRevocationWrapper;
import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.diagnostic.TrustServiceWrapper;
import eu.europa.esig.dss.enumerations.RevocationType;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.simplereport.jaxb.XmlTimestamp;
import eu.europa.esig.dss.simplereport.jaxb.XmlToken;
import eu.europa.esig.dss.validation.reports.Reports;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paraph.shared.domain.Sha256;
import org.paraph.verification.domain.CompromisedSeal;
import org.paraph.verification.domain.DocumentTimestamp;
import org.paraph.verification.domain.Indication;
import org.paraph.verification.domain.RevocationCheck;
import org.paraph.verification.domain.RevocationSource;
import org.paraph.verification.domain.SignatureVerdict;
import org.paraph.verification.domain.TrustedListStatus;
import org.paraph.verification.domain.VerificationReport;

/**
 * Translates what DSS says of a file (its simple report and diagnostic data) into the portal's
 * {@link VerificationReport}: a verdict per signature in ETSI terms (with the rule of compromised
 * seals applied, whether it chains to a test anchor, whether the PDF changed after it, its trusted
 * list entry, the revocation data used and what could not be fetched), and the document timestamps.
 * Stateless and thread-safe.
 */
final class DssReportTranslator {

  private final Set<String> testAnchorIds;
  private final Map<String, CompromisedSeal> compromised;
  private final boolean fetchesOnline;

  /**
   * @param testAnchorIds the DSS ids of the test anchors: a signature chaining to one is a test
   *     signature
   * @param compromised the retired seals whose key was compromised, by their certificate's DSS id
   * @param fetchesOnline whether the validation fetched revocation data online
   */
  DssReportTranslator(
      Set<String> testAnchorIds, Map<String, CompromisedSeal> compromised, boolean fetchesOnline) {
    this.testAnchorIds = Set.copyOf(testAnchorIds);
    this.compromised = Map.copyOf(compromised);
    this.fetchesOnline = fetchesOnline;
  }

  /**
   * The report of a file from DSS's reports of it.
   *
   * @param trustedListStatus the EU trusted lists' status when the validation began
   * @param fetchLog what was fetched, and what could not be, during the validation
   */
  VerificationReport translate(
      String fileName,
      byte[] file,
      Reports reports,
      TrustedListStatus trustedListStatus,
      FetchLog fetchLog) {
    SimpleReport simple = reports.getSimpleReport();
    DiagnosticData diagnostic = reports.getDiagnosticData();
    List<SignatureVerdict> verdicts =
        simple.getSignatureIdList().stream()
            .map(id -> verdict(id, simple, diagnostic.getSignatureById(id), file.length, fetchLog))
            .toList();
    Map<String, XmlToken> timestampResults = timestampResults(simple);
    List<DocumentTimestamp> documentTimestamps =
        diagnostic.getTimestampList().stream()
            .filter(timestamp -> timestamp.getPDFRevision() != null)
            .map(timestamp -> documentTimestamp(timestamp, timestampResults.get(timestamp.getId())))
            .toList();
    return new VerificationReport(
        fileName,
        Sha256.hex(file),
        simple.getValidationTime().toInstant(),
        verdicts,
        documentTimestamps,
        trustedListStatus);
  }

  private SignatureVerdict verdict(
      String id,
      SimpleReport simple,
      SignatureWrapper signature,
      long fileLength,
      FetchLog fetchLog) {
    CertificateWrapper signer = signature == null ? null : signature.getSigningCertificate();
    PDFRevisionWrapper revision = signature == null ? null : signature.getPDFRevision();
    SignatureLevel level = simple.getSignatureFormat(id);
    SignatureVerdict verdict =
        new SignatureVerdict(
            id,
            indication(simple.getIndication(id)),
            name(simple.getSubIndication(id)),
            signer != null && signer.getCommonName() != null
                ? signer.getCommonName()
                : simple.getSignedBy(id),
            instant(simple.getSigningTime(id)),
            instant(simple.getBestSignatureTime(id)),
            level == null ? null : level.toString(),
            revision == null || reachesTheEnd(revision.getSignatureByteRange(), fileLength),
            revision != null && changedAfter(revision),
            signature != null && chainsToATestAnchor(signature),
            texts(simple.getAdESValidationErrors(id)),
            texts(simple.getAdESValidationWarnings(id)),
            signature == null ? null : trustedListEntry(signature),
            revocation(signature, fetchLog));
    CompromisedSeal leaked = signer == null ? null : compromised.get(signer.getId());
    return leaked == null ? verdict : leaked.judge(verdict);
  }

  /**
   * What revocation data the validation used for the signer's certificate, and what it could not
   * fetch for the signer's chain. A certificate that is itself an anchor needs none; a chain that
   * reaches no anchor is not checked, so only failed fetches (say, of a missing issuer) are told.
   */
  private RevocationCheck revocation(SignatureWrapper signature, FetchLog fetchLog) {
    CertificateWrapper signer = signature == null ? null : signature.getSigningCertificate();
    if (signer == null || signer.isTrusted()) {
      return RevocationCheck.notApplicable();
    }
    List<CertificateWrapper> chain = signature.getCertificateChain();
    Set<String> addresses = new HashSet<>();
    for (CertificateWrapper certificate : chain.isEmpty() ? List.of(signer) : chain) {
      addresses.addAll(certificate.getOCSPAccessUrls());
      addresses.addAll(certificate.getCRLDistributionPoints());
      addresses.addAll(certificate.getCAIssuersAccessUrls());
    }
    List<String> problems = new ArrayList<>(fetchLog.problemsWith(addresses));
    boolean chainTrusted = chain.stream().anyMatch(CertificateWrapper::isTrusted);
    if (!chainTrusted && problems.isEmpty()) {
      return RevocationCheck.notApplicable();
    }
    List<RevocationSource> sources =
        signer.getCertificateRevocationData().stream()
            .map(data -> source(data, fetchLog))
            .distinct()
            .toList();
    boolean namesAnAddress =
        !signer.getOCSPAccessUrls().isEmpty() || !signer.getCRLDistributionPoints().isEmpty();
    if (sources.isEmpty() && !fetchesOnline && namesAnAddress) {
      problems.add(
          "the verifier does not fetch revocation data online here (PARAPH_VERIFY_ONLINE=false)");
    }
    return new RevocationCheck(true, sources, problems);
  }

  private static RevocationSource source(CertificateRevocationWrapper data, FetchLog fetchLog) {
    RevocationSource.Origin origin;
    if (data.isInternalRevocationOrigin()) {
      origin = RevocationSource.Origin.DOCUMENT;
    } else if (fetchLog.wasAnsweredByThePortal(data.getSourceAddress())) {
      origin = RevocationSource.Origin.PORTAL;
    } else {
      origin = RevocationSource.Origin.FETCHED;
    }
    RevocationType type = data.getRevocationType();
    return new RevocationSource(
        type == null ? "unknown" : type.name(),
        FetchLog.hostOf(data.getSourceAddress()),
        origin,
        data.getStatus() == null ? "UNKNOWN" : data.getStatus().name(),
        data.isRevoked() ? instant(data.getRevocationDate()) : null);
  }

  /** The byte range [offset1 length1 offset2 length2] starts at 0 and ends at the end of file. */
  static boolean reachesTheEnd(List<BigInteger> byteRange, long fileLength) {
    return byteRange != null
        && byteRange.size() == 4
        && byteRange.get(0).signum() == 0
        && byteRange.get(2).add(byteRange.get(3)).longValueExact() == fileLength;
  }

  /**
   * DSS compares the signed revision with the final one. New signatures, form fills, timestamps and
   * the DSS dictionary are what incremental updates are for; anything visible on the pages, new or
   * changed annotations, or changes DSS cannot classify, are what a reader must be told of.
   */
  private static boolean changedAfter(PDFRevisionWrapper revision) {
    return revision.arePdfModificationsDetected()
        || !revision.getPdfAnnotationChanges().isEmpty()
        || !revision.getPdfUndefinedChanges().isEmpty();
  }

  private boolean chainsToATestAnchor(SignatureWrapper signature) {
    return signature.getCertificateChain().stream()
        .map(CertificateWrapper::getId)
        .anyMatch(testAnchorIds::contains);
  }

  /** The trusted list entry of the first certificate of the chain that one lists. */
  private static String trustedListEntry(SignatureWrapper signature) {
    for (CertificateWrapper certificate : signature.getCertificateChain()) {
      for (TrustServiceWrapper service : certificate.getTrustServices()) {
        String country =
            service.getCountryCode() != null
                ? service.getCountryCode()
                : service.getTrustedList() == null
                    ? null
                    : service.getTrustedList().getCountryCode();
        String provider = service.getTspNames().isEmpty() ? null : service.getTspNames().get(0);
        return (country == null ? "EU" : country) + (provider == null ? "" : ": " + provider);
      }
    }
    return null;
  }

  private static Map<String, XmlToken> timestampResults(SimpleReport simple) {
    Map<String, XmlToken> results = new HashMap<>();
    for (XmlToken token : simple.getJaxbModel().getSignatureOrTimestampOrEvidenceRecord()) {
      if (token instanceof XmlTimestamp) {
        results.put(token.getId(), token);
      }
    }
    for (String signature : simple.getSignatureIdList()) {
      for (XmlTimestamp timestamp : simple.getSignatureTimestamps(signature)) {
        results.putIfAbsent(timestamp.getId(), timestamp);
      }
    }
    return results;
  }

  private static DocumentTimestamp documentTimestamp(TimestampWrapper timestamp, XmlToken result) {
    CertificateWrapper authority = timestamp.getSigningCertificate();
    return new DocumentTimestamp(
        timestamp.getId(),
        instant(timestamp.getProductionTime()),
        authority == null ? null : authority.getCommonName(),
        result == null ? Indication.INDETERMINATE : indication(result.getIndication()),
        result == null ? null : name(result.getSubIndication()));
  }

  /** Timestamps get PASSED and FAILED where signatures get TOTAL_PASSED and TOTAL_FAILED. */
  static Indication indication(eu.europa.esig.dss.enumerations.Indication indication) {
    if (indication == null) {
      return Indication.INDETERMINATE;
    }
    return switch (indication) {
      case TOTAL_PASSED, PASSED -> Indication.TOTAL_PASSED;
      case TOTAL_FAILED, FAILED, NO_SIGNATURE_FOUND -> Indication.TOTAL_FAILED;
      default -> Indication.INDETERMINATE;
    };
  }

  private static String name(SubIndication subIndication) {
    return subIndication == null ? null : subIndication.name();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static List<String> texts(List<Message> messages) {
    return messages == null
        ? List.of()
        : messages.stream().map(Message::getValue).distinct().toList();
  }
}
