package org.paraph.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.paraph.seals.domain.SealingKey;

/**
 * A certification authority of the tests' own, as a real CA runs one: a root that issues signer
 * certificates naming an OCSP responder, a CRL distribution point and the issuer's certificate, all
 * served over HTTP on the loopback interface on a free port. It answers from what it was told is
 * revoked, counts the requests it gets, and can be made to hang (a responder that is down).
 */
public final class RevocationTestCa implements AutoCloseable {

  public static final String OCSP_PATH = "/ocsp";
  public static final String CRL_PATH = "/ca.crl";
  public static final String CA_CERTIFICATE_PATH = "/ca.crt";

  private static final Duration BACKDATING = Duration.ofHours(2);

  private final SecureRandom random = new SecureRandom();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final SealingKey root;
  private final Map<BigInteger, Instant> revoked = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final AtomicBoolean hanging = new AtomicBoolean();
  private final AtomicBoolean ocspUnauthorized = new AtomicBoolean();
  private final CountDownLatch closing = new CountDownLatch(1);

  public RevocationTestCa() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.setExecutor(executor);
      server.createContext("/", this::answer);
      server.start();
      root = root();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
      throw new IllegalStateException(e);
    }
  }

  public X509Certificate rootCertificate() {
    return root.signingCertificate();
  }

  /** A signer (seal) certificate with its key and chain, naming this CA's OCSP, CRL and AIA. */
  public SealingKey issueSigner(String commonName) {
    try {
      KeyPair keys = rsa();
      X509Certificate issuer = root.signingCertificate();
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      Instant now = Instant.now();
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
                  X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()),
                  new BigInteger(64, random).setBit(63),
                  Date.from(now.minus(BACKDATING)),
                  Date.from(now.plus(Duration.ofDays(365))),
                  new X500Name("CN=" + commonName + ",O=Revocation Test"),
                  keys.getPublic())
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
              .addExtension(
                  Extension.keyUsage,
                  true,
                  new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  extensions.createSubjectKeyIdentifier(keys.getPublic()))
              .addExtension(
                  Extension.authorityKeyIdentifier,
                  false,
                  extensions.createAuthorityKeyIdentifier(issuer.getPublicKey()))
              .addExtension(
                  Extension.cRLDistributionPoints,
                  false,
                  new CRLDistPoint(
                      new DistributionPoint[] {
                        new DistributionPoint(
                            new DistributionPointName(new GeneralNames(uri(url(CRL_PATH)))),
                            null,
                            null)
                      }))
              .addExtension(
                  Extension.authorityInfoAccess,
                  false,
                  new AuthorityInformationAccess(
                      new AccessDescription[] {
                        new AccessDescription(AccessDescription.id_ad_ocsp, uri(url(OCSP_PATH))),
                        new AccessDescription(
                            AccessDescription.id_ad_caIssuers, uri(url(CA_CERTIFICATE_PATH)))
                      }));
      X509Certificate certificate = sign(builder);
      return new SealingKey(keys.getPrivate(), List.of(certificate, issuer));
    } catch (GeneralSecurityException
        | IOException
        | org.bouncycastle.operator.OperatorCreationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** From now on the CA says this certificate was revoked at {@code when}. */
  public void revoke(X509Certificate certificate, Instant when) {
    revoked.put(certificate.getSerialNumber(), when);
  }

  /** From now on every request waits, unanswered, until the CA is closed: a responder down. */
  public void hang() {
    hanging.set(true);
  }

  /** From now on the OCSP responder answers "unauthorized" (RFC 6960), as for a foreign CA. */
  public void refuseOcsp() {
    ocspUnauthorized.set(true);
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public int requests(String path) {
    AtomicInteger count = requests.get(path);
    return count == null ? 0 : count.get();
  }

  public int requests() {
    return requests.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      byte[] request;
      try (InputStream in = exchange.getRequestBody()) {
        request = in.readAllBytes();
      }
      if (hanging.get()) {
        closing.await(60, TimeUnit.SECONDS);
        return;
      }
      byte[] body;
      String type;
      switch (path) {
        case OCSP_PATH -> {
          body =
              ocspUnauthorized.get()
                  ? new OCSPRespBuilder().build(OCSPRespBuilder.UNAUTHORIZED, null).getEncoded()
                  : ocspAnswer(request);
          type = "application/ocsp-response";
        }
        case CRL_PATH -> {
          body = crl();
          type = "application/pkix-crl";
        }
        case CA_CERTIFICATE_PATH -> {
          body = root.signingCertificate().getEncoded();
          type = "application/pkix-cert";
        }
        default -> {
          exchange.sendResponseHeaders(404, -1);
          return;
        }
      }
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (GeneralSecurityException
        | org.bouncycastle.operator.OperatorCreationException
        | org.bouncycastle.cert.ocsp.OCSPException e) {
      throw new IOException(e);
    }
  }

  private byte[] ocspAnswer(byte[] der)
      throws IOException,
          GeneralSecurityException,
          org.bouncycastle.operator.OperatorCreationException,
          org.bouncycastle.cert.ocsp.OCSPException {
    OCSPReq request = new OCSPReq(der);
    X509Certificate issuer = root.signingCertificate();
    BasicOCSPRespBuilder builder =
        new JcaBasicOCSPRespBuilder(
            issuer.getPublicKey(),
            new JcaDigestCalculatorProviderBuilder().build().get(RespID.HASH_SHA1));
    Date now = new Date();
    Date next = Date.from(Instant.now().plus(Duration.ofHours(1)));
    for (Req single : request.getRequestList()) {
      Instant revokedAt = revoked.get(single.getCertID().getSerialNumber());
      CertificateStatus status =
          revokedAt == null
              ? CertificateStatus.GOOD
              : new RevokedStatus(Date.from(revokedAt), CRLReason.keyCompromise);
      builder.addResponse(single.getCertID(), status, now, next);
    }
    Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
    if (nonce != null) {
      builder.setResponseExtensions(new Extensions(nonce));
    }
    BasicOCSPResp basic =
        builder.build(
            signer(), new X509CertificateHolder[] {new JcaX509CertificateHolder(issuer)}, now);
    return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
  }

  private byte[] crl()
      throws IOException,
          GeneralSecurityException,
          org.bouncycastle.operator.OperatorCreationException {
    X509Certificate issuer = root.signingCertificate();
    Instant now = Instant.now();
    X509v2CRLBuilder builder =
        new X509v2CRLBuilder(
                X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()), Date.from(now))
            .setNextUpdate(Date.from(now.plus(Duration.ofDays(1))));
    for (Map.Entry<BigInteger, Instant> entry : Set.copyOf(revoked.entrySet())) {
      builder.addCRLEntry(entry.getKey(), Date.from(entry.getValue()), CRLReason.keyCompromise);
    }
    builder.addExtension(
        Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.toEpochMilli())));
    builder.addExtension(
        Extension.authorityKeyIdentifier,
        false,
        new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.getPublicKey()));
    return builder.build(signer()).getEncoded();
  }

  private SealingKey root()
      throws GeneralSecurityException,
          IOException,
          org.bouncycastle.operator.OperatorCreationException {
    KeyPair keys = rsa();
    X500Name name = new X500Name("CN=Revocation Test Root CA,O=Revocation Test");
    Instant now = Instant.now();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
                name,
                BigInteger.ONE,
                Date.from(now.minus(BACKDATING)),
                Date.from(now.plus(Duration.ofDays(3650))),
                name,
                keys.getPublic())
            .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
            .addExtension(
                Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
            .addExtension(
                Extension.subjectKeyIdentifier,
                false,
                new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
    ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
    X509Certificate certificate =
        new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    return new SealingKey(keys.getPrivate(), List.of(certificate));
  }

  private X509Certificate sign(X509v3CertificateBuilder builder)
      throws GeneralSecurityException, org.bouncycastle.operator.OperatorCreationException {
    return new JcaX509CertificateConverter().getCertificate(builder.build(signer()));
  }

  private ContentSigner signer() throws org.bouncycastle.operator.OperatorCreationException {
    PrivateKey key = root.privateKey();
    return new JcaContentSignerBuilder("SHA256withRSA").build(key);
  }

  private KeyPair rsa() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048, random);
    return generator.generateKeyPair();
  }

  private static GeneralName uri(String url) {
    return new GeneralName(GeneralName.uniformResourceIdentifier, url);
  }
}
