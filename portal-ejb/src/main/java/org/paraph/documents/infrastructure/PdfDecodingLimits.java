package org.paraph.documents.infrastructure;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How much work reading one PDF may cost, whatever its size on disk: a few kilobytes of Flate data
 * can expand to gigabytes, and an image can declare a billion pixels.
 *
 * @param maxDecodedBytes the most one stream may decode to, and the most all streams of a document
 *     other than images may decode to together ({@code PARAPH_PDF_MAX_DECODED_MB}; by default eight
 *     times {@code PARAPH_MAX_UPLOAD_MB})
 * @param maxImagePixels the most pixels one image in a PDF may declare ({@code
 *     PARAPH_PDF_MAX_IMAGE_MEGAPIXELS}, by default 50 million: a 600 dpi A4 scan is 35 million)
 * @param previewTimeLimit how long drawing one page preview may take ({@code
 *     PARAPH_PDF_PREVIEW_SECONDS}, by default 10)
 */
public record PdfDecodingLimits(
    long maxDecodedBytes, long maxImagePixels, Duration previewTimeLimit) {

  private static final long MB = 1024L * 1024L;
  private static final int DEFAULT_UPLOAD_MB = 10;
  private static final int DECODED_PER_UPLOADED = 8;
  private static final long DEFAULT_IMAGE_MEGAPIXELS = 50;
  private static final long DEFAULT_PREVIEW_SECONDS = 10;

  /** The limits with every default, for an upload limit of 10 MB. */
  public static final PdfDecodingLimits DEFAULTS = forUploadLimit(DEFAULT_UPLOAD_MB);

  private static volatile PdfDecodingLimits configured;

  public PdfDecodingLimits {
    if (maxDecodedBytes <= 0 || maxImagePixels <= 0 || previewTimeLimit.isNegative()) {
      throw new IllegalArgumentException("PDF decoding limits must be positive");
    }
  }

  /** The defaults that follow an upload limit. */
  public static PdfDecodingLimits forUploadLimit(int uploadMegabytes) {
    return new PdfDecodingLimits(
        DECODED_PER_UPLOADED * uploadMegabytes * MB,
        DEFAULT_IMAGE_MEGAPIXELS * 1_000_000,
        Duration.ofSeconds(DEFAULT_PREVIEW_SECONDS));
  }

  /**
   * The limits as configured (MicroProfile Config, so environment variables), read once. Outside a
   * server (unit tests, tools) there is no configuration and the defaults apply.
   */
  public static PdfDecodingLimits configured() {
    PdfDecodingLimits limits = configured;
    if (limits == null) {
      limits = readConfiguration().orElse(DEFAULTS);
      configured = limits;
    }
    return limits;
  }

  /**
   * From MicroProfile Config in the server (environment variables included); outside one (tools
   * such as the sealing benchmark, which raises the limits for its 100 MB document), from system
   * properties of the same names; else the defaults.
   */
  private static Optional<PdfDecodingLimits> readConfiguration() {
    Function<String, Optional<String>> setting;
    try {
      Config config = ConfigProvider.getConfig();
      setting = name -> config.getOptionalValue(name, String.class);
    } catch (RuntimeException | LinkageError e) {
      setting = name -> Optional.ofNullable(System.getProperty(name));
    }
    long upload = number(setting, "paraph.max.upload.mb").orElse((long) DEFAULT_UPLOAD_MB);
    long decodedMb =
        number(setting, "paraph.pdf.max.decoded.mb").orElse(DECODED_PER_UPLOADED * upload);
    long megapixels =
        number(setting, "paraph.pdf.max.image.megapixels").orElse(DEFAULT_IMAGE_MEGAPIXELS);
    long seconds = number(setting, "paraph.pdf.preview.seconds").orElse(DEFAULT_PREVIEW_SECONDS);
    return Optional.of(
        new PdfDecodingLimits(decodedMb * MB, megapixels * 1_000_000, Duration.ofSeconds(seconds)));
  }

  private static Optional<Long> number(Function<String, Optional<String>> setting, String name) {
    return setting.apply(name).map(String::strip).map(Long::valueOf);
  }
}
