package org.paraph.api.seals;

import jakarta.ws.rs.core.EntityPart;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.paraph.api.InvalidRequestException;
import org.paraph.api.MultipartForm;
import org.paraph.shared.domain.ProblemText;

/** The parts of a multipart sealing request: the {@code file} and the text options. */
final class SealRequestParts {

  static final Set<String> OPTIONS =
      Set.of(
          "seal",
          "level",
          "visible",
          "page",
          "x",
          "y",
          "width",
          "height",
          "keyword",
          "field",
          "reason",
          "location",
          "format");

  /** A single seal's options: those of a batch, and whether to keep its documents. */
  static final Set<String> SINGLE_OPTIONS =
      Stream.concat(OPTIONS.stream(), Stream.of("keep")).collect(Collectors.toUnmodifiableSet());

  private final MultipartForm form;
  private final MultipartForm.FilePart file;

  private SealRequestParts(MultipartForm form, MultipartForm.FilePart file) {
    this.form = form;
    this.file = file;
  }

  static SealRequestParts read(List<EntityPart> parts, long maxBytes, int maxMegabytes) {
    MultipartForm form =
        MultipartForm.read(parts, Set.of("file"), SINGLE_OPTIONS, maxBytes, maxMegabytes);
    MultipartForm.FilePart file =
        form.file("file")
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        "missing-file", ProblemText.of("problem.request.no-file-to-seal")));
    return new SealRequestParts(form, file);
  }

  /**
   * The options of a request whose files are read elsewhere (a batch): text parts only.
   *
   * @param textParts the parts that are not files, all named among {@link #OPTIONS}
   */
  static SealRequestParts readOptions(List<EntityPart> textParts) {
    MultipartForm form = MultipartForm.read(textParts, Set.of(), OPTIONS, 0, 0);
    return new SealRequestParts(form, null);
  }

  byte[] file() {
    return file.content();
  }

  String fileName() {
    return file.fileName().orElse("document.pdf");
  }

  /** An option, without the spaces around it; a blank one counts as absent. */
  Optional<String> text(String name) {
    return form.option(name);
  }

  Optional<Float> number(String name) {
    return text(name)
        .map(
            v -> {
              try {
                float value = Float.parseFloat(v);
                if (!Float.isFinite(value)) {
                  throw new NumberFormatException();
                }
                return value;
              } catch (NumberFormatException e) {
                throw new InvalidRequestException(
                    "invalid-parameter", ProblemText.of("problem.request.not-a-number", name, v));
              }
            });
  }

  Optional<Boolean> flag(String name) {
    return form.flag(name);
  }
}
