package org.paraph.documents.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.DecodeResult;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Puts a bound on what PDFBox itself decodes. PDFBox 3 decodes a stream into an unbounded buffer in
 * memory whatever memory setting the document was loaded with, so a single Flate stream can fill
 * the heap. {@link PdfStreamGuard} measures a file before PDFBox reads it; this bound covers what
 * the guard cannot see: streams of an encrypted file (decrypted by PDFBox, then inflated), inline
 * images inside page content, anything DSS loads on its own.
 *
 * <p>PDFBox has no public hook for it: its filter registry ({@link FilterFactory}) is a fixed map,
 * so the expanding filters in it (Flate, LZW, RunLength) are replaced once, by reflection, with
 * wrappers whose output refuses to grow past the limit. {@code PdfStreamGuardTest} proves the bound
 * holds through PDFBox's own decoding, so an update of PDFBox that changes the registry fails the
 * build rather than silently dropping the bound.
 */
final class BoundedPdfFilters {

  private static final Logger LOG = System.getLogger(BoundedPdfFilters.class.getName());

  private static final List<COSName> EXPANDING =
      List.of(
          COSName.FLATE_DECODE,
          COSName.FLATE_DECODE_ABBREVIATION,
          COSName.LZW_DECODE,
          COSName.LZW_DECODE_ABBREVIATION,
          COSName.RUN_LENGTH_DECODE,
          COSName.RUN_LENGTH_DECODE_ABBREVIATION);

  private BoundedPdfFilters() {}

  /**
   * Bounds every expanding filter of PDFBox to {@code limit} decoded bytes a stream.
   *
   * @return whether the bound is in place
   */
  static synchronized boolean install(long limit) {
    try {
      Field field = FilterFactory.class.getDeclaredField("filters");
      field.setAccessible(true);
      @SuppressWarnings("unchecked")
      Map<COSName, Filter> filters = (Map<COSName, Filter>) field.get(FilterFactory.INSTANCE);
      for (COSName name : EXPANDING) {
        Filter current = filters.get(name);
        Filter original = current instanceof Bounded bounded ? bounded.inner : current;
        if (original != null) {
          filters.put(name, new Bounded(original, limit));
        }
      }
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(
          Level.ERROR,
          "PDFBox's decoding could not be bounded; only files the portal measures first are"
              + " protected from decompression bombs",
          e);
      return false;
    }
  }

  /** A filter whose decoded output stops at the limit. */
  private static final class Bounded extends Filter {

    private final Filter inner;
    private final long limit;

    Bounded(Filter inner, long limit) {
      this.inner = inner;
      this.limit = limit;
    }

    @Override
    public DecodeResult decode(
        InputStream encoded, OutputStream decoded, COSDictionary parameters, int index)
        throws IOException {
      return inner.decode(encoded, new BoundedOutput(decoded, limit), parameters, index);
    }

    @Override
    public DecodeResult decode(
        InputStream encoded,
        OutputStream decoded,
        COSDictionary parameters,
        int index,
        DecodeOptions options)
        throws IOException {
      return inner.decode(encoded, new BoundedOutput(decoded, limit), parameters, index, options);
    }

    @Override
    protected void encode(InputStream input, OutputStream encoded, COSDictionary parameters)
        throws IOException {
      inner.encode(input, encoded, parameters, 0);
    }
  }
}
