package org.paraph.api.verification;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.paraph.documents.domain.DocumentTooLargeException;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/**
 * The parts of a verification request: the signed {@code file}, the {@code detached} original of a
 * .p7s, and the {@code password} of an encrypted PDF. Files are read up to one byte past the upload
 * limit, so that an oversized upload is refused without being held in memory.
 */
final class VerificationRequestParts {

  private static final Set<String> KNOWN = Set.of("file", "detached", "password");

  private byte[] file;
  private String fileName;
  private byte[] detached;
  private String password;

  static VerificationRequestParts read(List<EntityPart> parts, long maxBytes, int maxMegabytes) {
    VerificationRequestParts request = new VerificationRequestParts();
    for (EntityPart part : parts) {
      String name = part.getName();
      if (!KNOWN.contains(name)) {
        throw new InvalidRequestException(
            "unknown-parameter", "Unknown part '" + name + "'; accepted: file, detached, password");
      }
      try (InputStream in = part.getContent()) {
        switch (name) {
          case "file" -> {
            requireFirst(request.file, name);
            request.file = readLimited(in, maxBytes, maxMegabytes);
            request.fileName = part.getFileName().orElse("document");
          }
          case "detached" -> {
            requireFirst(request.detached, name);
            request.detached = readLimited(in, maxBytes, maxMegabytes);
          }
          default -> request.password = new String(in.readNBytes(1024), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new InvalidRequestException(
            "unreadable-request", "The request body could not be read: " + e.getMessage());
      }
    }
    if (request.file == null) {
      throw new InvalidRequestException(
          "missing-file", "The request has no 'file' part with the signed document to verify");
    }
    return request;
  }

  private static void requireFirst(byte[] earlier, String name) {
    if (earlier != null) {
      throw new InvalidRequestException(
          "too-many-files", "Send one '" + name + "' part; verify several files one by one");
    }
  }

  private static byte[] readLimited(InputStream in, long maxBytes, int maxMegabytes)
      throws IOException {
    byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (content.length > maxBytes) {
      throw new DocumentTooLargeException(maxMegabytes);
    }
    return content;
  }

  byte[] file() {
    return file;
  }

  String fileName() {
    return fileName;
  }

  /** The original of a detached signature, or {@code null}; an empty part counts as none. */
  byte[] detached() {
    return detached == null || detached.length == 0 ? null : detached;
  }

  /** The PDF's password, or {@code null}; an empty part counts as none. */
  String password() {
    return password == null || password.isEmpty() ? null : password;
  }

  /** A request the API cannot take as it is. */
  static final class InvalidRequestException extends PortalException {
    InvalidRequestException(String type, String message) {
      super(FailureKind.BAD_REQUEST, type, message);
    }
  }
}
