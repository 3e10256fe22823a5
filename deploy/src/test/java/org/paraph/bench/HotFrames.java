package org.paraph.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JFR recording's CPU samples ({@code jdk.ExecutionSample}) fall: the methods on top of the
 * stack, and, since those are mostly JDK and library code, the innermost portal method below them,
 * which says which of our code paths the time belongs to.
 */
final class HotFrames {

  private static final int TOP = 10;
  private static final String NONE = "(none)";
  private static final String PORTAL_PACKAGE = "org.paraph";

  private final Map<String, Long> topFrames = new HashMap<>();
  private final Map<String, Long> firstPortalFrames = new HashMap<>();
  private long samples;

  private HotFrames() {}

  /** The report on {@code recording}, line by line, ready to print. */
  static List<String> of(Path recording) throws IOException {
    HotFrames hot = new HotFrames();
    // Streamed: a profile recording holds many other events besides the samples.
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        RecordedEvent event = file.readEvent();
        if (event.getEventType().getName().equals("jdk.ExecutionSample")) {
          hot.count(event.getStackTrace());
        }
      }
    }
    return hot.lines(recording);
  }

  private void count(RecordedStackTrace stack) {
    List<RecordedFrame> frames = stack == null ? List.of() : stack.getFrames();
    samples++;
    topFrames.merge(frames.isEmpty() ? NONE : name(frames.get(0)), 1L, Long::sum);
    firstPortalFrames.merge(
        frames.stream()
            .filter(frame -> typeName(frame).startsWith(PORTAL_PACKAGE))
            .findFirst()
            .map(HotFrames::name)
            .orElse(NONE),
        1L,
        Long::sum);
  }

  private List<String> lines(Path recording) {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(Locale.ROOT, "%d execution samples in %s", samples, recording.getFileName()));
    if (samples == 0) {
      return lines;
    }
    lines.add("the " + TOP + " most sampled top frames (the method running):");
    lines.addAll(ranked(topFrames));
    lines.add(
        "the " + TOP + " most sampled first frames in " + PORTAL_PACKAGE + " (the innermost):");
    lines.addAll(ranked(firstPortalFrames));
    return lines;
  }

  private List<String> ranked(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP)
        .map(
            entry ->
                String.format(
                    Locale.ROOT,
                    "  %5.1f %%  %6d  %s",
                    entry.getValue() * 100.0 / samples,
                    entry.getValue(),
                    entry.getKey()))
        .toList();
  }

  private static String name(RecordedFrame frame) {
    return typeName(frame) + "." + frame.getMethod().getName();
  }

  private static String typeName(RecordedFrame frame) {
    return frame.getMethod().getType().getName();
  }
}
