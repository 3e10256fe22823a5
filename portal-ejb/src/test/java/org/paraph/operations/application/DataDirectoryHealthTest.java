package org.paraph.operations.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paraph.health.ProbeResult;

class DataDirectoryHealthTest {

  @TempDir Path data;

  @Test
  void aWritableDirectoryIsReadyAndLeavesNothingBehind() throws IOException {
    ProbeResult result = DataDirectoryHealth.of(data);

    assertTrue(result.up(), result::toString);
    assertEquals(data.toString(), result.data().get("path"));
    assertTrue((Long) result.data().get("usableMegabytes") >= 0);
    try (var left = Files.list(data)) {
      assertEquals(0, left.count(), "the probe's file is gone");
    }
  }

  @Test
  void aDirectoryThatIsGoneIsNotReadyAndSaysWhy() {
    ProbeResult result = DataDirectoryHealth.of(data.resolve("unmounted"));

    assertFalse(result.up());
    assertTrue(
        ((String) result.data().get("reason")).startsWith("cannot write a file there"),
        result::toString);
  }
}
