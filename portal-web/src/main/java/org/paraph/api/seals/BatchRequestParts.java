package org.paraph.api.seals;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.paraph.api.InvalidRequestException;
import org.paraph.documents.domain.DocumentTooLargeException;
import org.paraph.seals.application.SealBatchDocument;
import org.paraph.seals.domain.InvalidBatchException;
import org.paraph.shared.domain.ProblemText;

/**
 * The parts of a batch request: any number of {@code file} parts, up to the batch limits, and the
 * options of a single seal. Limits are checked while reading, so an oversized batch is refused
 * without being held in memory.
 */
final class BatchRequestParts {

  /** The per-request and per-file limits. */
  record Limits(
      long maxBytesEach,
      int maxMegabytesEach,
      int maxFiles,
      long maxTotalBytes,
      int maxTotalMegabytes) {}

  private final List<SealBatchDocument> files;
  private final SealRequestParts options;

  private BatchRequestParts(List<SealBatchDocument> files, SealRequestParts options) {
    this.files = files;
    this.options = options;
  }

  static BatchRequestParts read(List<EntityPart> parts, Limits limits) {
    List<SealBatchDocument> files = new ArrayList<>();
    List<EntityPart> texts = new ArrayList<>();
    long total = 0;
    for (EntityPart part : parts) {
      String name = part.getName();
      if ("file".equals(name)) {
        if (files.size() == limits.maxFiles()) {
          throw InvalidBatchException.tooManyFiles(limits.maxFiles());
        }
        SealBatchDocument file = readFile(part, limits);
        total += file.content().length;
        if (total > limits.maxTotalBytes()) {
          throw InvalidBatchException.tooLarge(limits.maxTotalMegabytes());
        }
        files.add(file);
      } else if (SealRequestParts.OPTIONS.contains(name)) {
        texts.add(part);
      } else {
        Set<String> accepted = new TreeSet<>(SealRequestParts.OPTIONS);
        accepted.add("file");
        throw new InvalidRequestException(
            "unknown-parameter",
            ProblemText.of("problem.request.unknown-part", name, accepted.toString()));
      }
    }
    if (files.isEmpty()) {
      throw new InvalidRequestException(
          "missing-file", ProblemText.of("problem.request.no-files-to-seal"));
    }
    return new BatchRequestParts(List.copyOf(files), SealRequestParts.readOptions(texts));
  }

  private static SealBatchDocument readFile(EntityPart part, Limits limits) {
    try (InputStream in = part.getContent()) {
      byte[] content =
          in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytesEach() + 1));
      if (content.length > limits.maxBytesEach()) {
        throw new DocumentTooLargeException(limits.maxMegabytesEach());
      }
      return new SealBatchDocument(part.getFileName().orElse(null), content);
    } catch (IOException e) {
      throw new InvalidRequestException(
          "unreadable-request", ProblemText.of("problem.request.unreadable", e.getMessage()));
    }
  }

  List<SealBatchDocument> files() {
    return files;
  }

  SealRequestParts options() {
    return options;
  }
}
