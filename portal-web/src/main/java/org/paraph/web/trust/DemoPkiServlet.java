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
 * The demo root CA's certificate and CRL, at the addresses its certificates name (CRL distribution
 * point, authority information access). Public, as any CA's are.
 */
@WebServlet(urlPatterns = {DemoPkiServlet.CRL_PATH, DemoPkiServlet.CERTIFICATE_PATH})
public class DemoPkiServlet extends HttpServlet {

  static final String CRL_PATH = DemoAuthorities.CRL_PATH;
  static final String CERTIFICATE_PATH = "/pki/demo-root.crt";

  @Inject DemoAuthorities demoAuthorities;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] body;
    if (CRL_PATH.equals(request.getServletPath())) {
      response.setContentType("application/pkix-crl");
      body = demoAuthorities.currentCrl();
    } else {
      response.setContentType("application/pkix-cert");
      try {
        body = demoAuthorities.key(AuthorityRole.ROOT_CA).signingCertificate().getEncoded();
      } catch (CertificateEncodingException e) {
        throw new IOException("The demo root certificate cannot be encoded", e);
      }
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
