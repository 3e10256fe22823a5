package org.paraph.workflows.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * What a participant did, as evidence: when, from which address and browser, with which certificate
 * when they signed (null when none is known), and their reason when they declined.
 */
@Embeddable
public class ParticipantAct {

  @Column(name = "acted_at")
  private Instant at;

  @Column(name = "client_ip")
  private String clientIp;

  @Column(name = "user_agent")
  private String userAgent;

  @Column(name = "signer_certificate")
  private byte[] signerCertificate;

  @Column(name = "decline_reason")
  private String declineReason;

  protected ParticipantAct() {}

  private ParticipantAct(Instant at, String clientIp, String userAgent) {
    this.at = at;
    this.clientIp = clientIp;
    this.userAgent = userAgent;
  }

  static ParticipantAct signed(Instant at, String ip, String agent, X509Certificate certificate) {
    ParticipantAct act = new ParticipantAct(at, ip, agent);
    try {
      act.signerCertificate = certificate == null ? null : certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException("a certificate that cannot be encoded", e);
    }
    return act;
  }

  /** The reason is cut to its column, as {@link Workflow#kept(String)} does. */
  static ParticipantAct declined(String reason, Instant at, String ip, String agent) {
    ParticipantAct act = new ParticipantAct(at, ip, agent);
    act.declineReason = Workflow.kept(reason);
    return act;
  }

  Instant at() {
    return at;
  }

  String clientIp() {
    return clientIp;
  }

  String userAgent() {
    return userAgent;
  }

  String declineReason() {
    return declineReason;
  }
}
