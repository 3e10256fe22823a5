package org.paraph.operations.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.paraph.health.ProbeResult;

/**
 * Whether the data directory takes a new file: keys, the outbox and the embedded database live
 * there, and a full or read-only disk stops sealing before anything else says so.
 */
public final class DataDirectoryHealth {

  private DataDirectoryHealth() {}

  public static ProbeResult of(Path directory) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("path", directory.toString());
    try {
      data.put("usableMegabytes", Files.getFileStore(directory).getUsableSpace() / (1024 * 1024));
      Path probe = Files.createTempFile(directory, ".health-", ".tmp");
      Files.delete(probe);
      return ProbeResult.up(data);
    } catch (IOException | SecurityException e) {
      data.put("reason", "cannot write a file there: " + e);
      return ProbeResult.down(data);
    }
  }
}
