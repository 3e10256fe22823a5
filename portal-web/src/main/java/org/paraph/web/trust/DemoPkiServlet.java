package org.paraph.web.trust;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import org.paraph.trust.application.DemoAuthorities;
import org.paraph.trust.domain.AuthorityRole;

/**
 * The demo root CA's and the signer CA's certificates and CRLs, at the addresses their certificates
 * name (CRL distribution point, authority information access). Public, as any CA's are.
 */
@WebServlet(
    urlPatterns = {
      DemoPkiServlet.CRL_PATH,
      DemoPkiServlet.CERTIFICATE_PATH,
      DemoPkiServlet.SIGNER_CA_CRL_PATH,
      DemoPkiServlet.SIGNER_CA_CERTIFICATE_PATH
    })
public class DemoPkiServlet extends HttpServlet {

  static final String CRL_PATH = DemoAuthorities.CRL_PATH;
  static final String CERTIFICATE_PATH = "/pki/demo-root.crt";
  static final String SIGNER_CA_CRL_PATH = DemoAuthorities.SIGNER_CA_CRL_PATH;
  static final String SIGNER_CA_CERTIFICATE_PATH = DemoAuthorities.SIGNER_CA_CERTIFICATE_PATH;

  @Inject DemoAuthorities demoAuthorities;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getServletPath();
    AuthorityRole issuer =
        path.equals(SIGNER_CA_CRL_PATH) || path.equals(SIGNER_CA_CERTIFICATE_PATH)
            ? AuthorityRole.SIGNER_CA
            : AuthorityRole.ROOT_CA;
    byte[] body;
    if (path.endsWith(".crl")) {
      response.setContentType("application/pkix-crl");
      body = demoAuthorities.currentCrl(issuer);
    } else {
      response.setContentType("application/pkix-cert");
      try {
        body = demoAuthorities.key(issuer).signingCertificate().getEncoded();
      } catch (CertificateEncodingException e) {
        throw new IOException("The " + issuer + " certificate cannot be encoded", e);
      }
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
