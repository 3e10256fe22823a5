package org.paraph.api;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.paraph.documents.domain.DocumentTooLargeException;
import org.paraph.shared.domain.ProblemText;

/**
 * A multipart/form-data request read once: each file part up to one byte past the upload limit, so
 * that an oversized upload is refused without being held in memory; each text part short. Unknown
 * and repeated parts are refused by name, so a misspelt option is never silently ignored.
 */
public final class MultipartForm {

  /** Text options are short; a longer one is cut rather than read without end. */
  private static final int MAX_TEXT_BYTES = 4096;

  private final Map<String, FilePart> files = new HashMap<>();
  private final Map<String, String> texts = new HashMap<>();

  /** A file part: the name the client gave it, and its bytes. */
  public record FilePart(Optional<String> fileName, byte[] content) {}

  private MultipartForm() {}

  public static MultipartForm read(
      List<EntityPart> parts,
      Set<String> fileParts,
      Set<String> textParts,
      long maxBytes,
      int maxMegabytes) {
    MultipartForm form = new MultipartForm();
    for (EntityPart part : parts) {
      String name = part.getName();
      boolean isFile = fileParts.contains(name);
      if (!isFile && !textParts.contains(name)) {
        Set<String> accepted = new TreeSet<>(fileParts);
        accepted.addAll(textParts);
        throw new InvalidRequestException(
            "unknown-parameter",
            ProblemText.of("problem.request.unknown-part", name, accepted.toString()));
      }
      if (form.files.containsKey(name) || form.texts.containsKey(name)) {
        throw new InvalidRequestException(
            isFile ? "too-many-files" : "repeated-parameter",
            ProblemText.of("problem.request.one-part", name));
      }
      try (InputStream in = part.getContent()) {
        if (isFile) {
          byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
          if (content.length > maxBytes) {
            throw new DocumentTooLargeException(maxMegabytes);
          }
          form.files.put(name, new FilePart(part.getFileName(), content));
        } else {
          form.texts.put(name, new String(in.readNBytes(MAX_TEXT_BYTES), StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new InvalidRequestException(
            "unreadable-request", ProblemText.of("problem.request.unreadable", e.getMessage()));
      }
    }
    return form;
  }

  public Optional<FilePart> file(String name) {
    return Optional.ofNullable(files.get(name));
  }

  /** A text part as sent (a password keeps its spaces); an empty one counts as absent. */
  public Optional<String> text(String name) {
    return Optional.ofNullable(texts.get(name)).filter(v -> !v.isEmpty());
  }

  /** An option, without the spaces around it; a blank one counts as absent. */
  public Optional<String> option(String name) {
    return text(name).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** An option that is {@code true} or {@code false}, in any case; anything else is refused. */
  public Optional<Boolean> flag(String name) {
    return option(name)
        .map(
            v ->
                switch (v.toLowerCase(Locale.ROOT)) {
                  case "true" -> true;
                  case "false" -> false;
                  default ->
                      throw new InvalidRequestException(
                          "invalid-parameter",
                          ProblemText.of("problem.request.not-a-flag", name, v));
                });
  }
}
