package org.paraph.api.seals;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.paraph.documents.domain.DocumentTooLargeException;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/**
 * The parts of a multipart sealing request: the {@code file} and the text options. The file is read
 * up to one byte past the upload limit, so that an oversized upload is refused without being held
 * in memory.
 */
final class SealRequestParts {

  private static final Set<String> KNOWN =
      Set.of(
          "file",
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

  private final Map<String, String> options = new HashMap<>();
  private byte[] file;
  private String fileName;

  static SealRequestParts read(List<EntityPart> parts, long maxBytes, int maxMegabytes) {
    SealRequestParts request = new SealRequestParts();
    for (EntityPart part : parts) {
      String name = part.getName();
      if (!KNOWN.contains(name)) {
        throw new InvalidRequestException(
            "unknown-parameter", "Unknown part '" + name + "'; accepted: " + KNOWN);
      }
      try (InputStream in = part.getContent()) {
        if ("file".equals(name)) {
          if (request.file != null) {
            throw new InvalidRequestException(
                "too-many-files",
                "Send one 'file' part; for several files use /api/v1/seal-batches");
          }
          request.file = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
          if (request.file.length > maxBytes) {
            throw new DocumentTooLargeException(maxMegabytes);
          }
          request.fileName = part.getFileName().orElse("document.pdf");
        } else {
          request.options.put(
              name,
              new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8).trim());
        }
      } catch (IOException e) {
        throw new InvalidRequestException(
            "unreadable-request", "The request body could not be read: " + e.getMessage());
      }
    }
    if (request.file == null) {
      throw new InvalidRequestException(
          "missing-file", "The request has no 'file' part with the PDF to seal");
    }
    return request;
  }

  byte[] file() {
    return file;
  }

  String fileName() {
    return fileName;
  }

  Optional<String> text(String name) {
    return Optional.ofNullable(options.get(name)).filter(v -> !v.isEmpty());
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
                    "invalid-parameter", "'" + name + "' must be a number, not '" + v + "'");
              }
            });
  }

  Optional<Boolean> flag(String name) {
    return text(name)
        .map(
            v ->
                switch (v.toLowerCase()) {
                  case "true" -> true;
                  case "false" -> false;
                  default ->
                      throw new InvalidRequestException(
                          "invalid-parameter",
                          "'" + name + "' must be true or false, not '" + v + "'");
                });
  }

  /** A request the API cannot take as it is. */
  static final class InvalidRequestException extends PortalException {
    InvalidRequestException(String type, String message) {
      super(FailureKind.BAD_REQUEST, type, message);
    }
  }
}
