package org.paraph.api.verification;

import jakarta.ws.rs.core.EntityPart;
import java.util.List;
import java.util.Set;
import org.paraph.api.InvalidRequestException;
import org.paraph.api.MultipartForm;
import org.paraph.shared.domain.ProblemText;

/**
 * The parts of a verification request: the signed {@code file}, the {@code detached} original of a
 * .p7s, and the {@code password} of an encrypted PDF.
 */
final class VerificationRequestParts {

  private final MultipartForm form;
  private final MultipartForm.FilePart file;

  private VerificationRequestParts(MultipartForm form, MultipartForm.FilePart file) {
    this.form = form;
    this.file = file;
  }

  static VerificationRequestParts read(List<EntityPart> parts, long maxBytes, int maxMegabytes) {
    MultipartForm form =
        MultipartForm.read(
            parts, Set.of("file", "detached"), Set.of("password"), maxBytes, maxMegabytes);
    MultipartForm.FilePart file =
        form.file("file")
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        "missing-file", ProblemText.of("problem.request.no-file-to-verify")));
    return new VerificationRequestParts(form, file);
  }

  byte[] file() {
    return file.content();
  }

  String fileName() {
    return file.fileName().orElse("document");
  }

  /** The original of a detached signature, or {@code null}; an empty part counts as none. */
  byte[] detached() {
    return form.file("detached")
        .map(MultipartForm.FilePart::content)
        .filter(c -> c.length > 0)
        .orElse(null);
  }

  /** The PDF's password, or {@code null}; an empty part counts as none. */
  String password() {
    return form.text("password").orElse(null);
  }
}
