package org.paraph.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;

/**
 * The shared corpus of real-world PDFs (pdf.js bug reports: malformed, encrypted, with forms and
 * signatures). Its place can be set with the system property {@code paraph.corpus.pdfjs}; tests
 * that use it are skipped where it is absent.
 */
public final class Corpus {

  private static final String PROPERTY = "paraph.corpus.pdfjs";

  /** From the module's directory, where surefire runs, when the property is not set. */
  private static final String DEFAULT_LOCATION = "../../shared/corpus/pdfjs";

  private Corpus() {}

  /** Every PDF of the pdf.js corpus, by name. */
  public static List<Path> pdfjs() {
    Path directory = Paths.get(System.getProperty(PROPERTY, DEFAULT_LOCATION));
    Assertions.assertTrue(
        Files.isDirectory(directory),
        "no PDF corpus at " + directory + ": shared/ belongs beside the checkout");
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".pdf"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
