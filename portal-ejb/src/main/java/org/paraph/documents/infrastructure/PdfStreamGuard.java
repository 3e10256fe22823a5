package org.paraph.documents.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.paraph.documents.domain.PdfTooComplexException;

/**
 * Measures what every stream of a PDF decompresses to, before any parser holds it, and refuses the
 * file when one stream, or all of them together, would exceed {@link
 * PdfDecodingLimits#maxDecodedBytes()}, or when an image declares more pixels than allowed. The
 * decoded bytes are counted and dropped, never kept: a bomb costs the time to inflate up to the
 * limit, and no memory.
 *
 * <p>It reads the raw file, not the cross-reference table, so that a stream a lenient parser would
 * find (PDFBox repairs damaged files by searching for objects) is counted too: every {@code stream}
 * keyword is looked at. Where the stream's dictionary cannot be read, its data is tried as Flate,
 * since that is what a bomb uses. Filters decoded: Flate, LZW, RunLength, ASCIIHex, ASCII85; image
 * codecs (DCT, JPX, JBIG2, CCITT) end the chain, their size being bounded by the image dimensions.
 * Encrypted streams cannot be measured here: {@link BoundedPdfFilters} bounds them when PDFBox
 * decodes them. Stream dictionaries are read by {@link StreamDictionaryReader}.
 */
public final class PdfStreamGuard {

  private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OBJ = "obj".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ENDSTREAM = "endstream".getBytes(StandardCharsets.US_ASCII);
  private static final Set<String> FLATE = Set.of("FlateDecode", "Fl");
  private static final Set<String> OTHER_DECODED =
      Set.of(
          "LZWDecode",
          "LZW",
          "RunLengthDecode",
          "RL",
          "ASCIIHexDecode",
          "AHx",
          "ASCII85Decode",
          "A85");
  private static final int CHUNK = 64 * 1024;

  private final byte[] pdf;
  private final PdfDecodingLimits limits;
  private long total;

  private PdfStreamGuard(byte[] pdf, PdfDecodingLimits limits) {
    this.pdf = pdf;
    this.limits = limits;
  }

  /**
   * @throws PdfTooComplexException when a stream or the document decodes past the limit, or an
   *     image is too large
   */
  public static void check(byte[] pdf, PdfDecodingLimits limits) {
    new PdfStreamGuard(pdf, limits).scan();
  }

  /**
   * Decodes one stream's data with a PDFBox filter (predictors included), refusing to produce more
   * than {@code limit} bytes: for a reader that needs the decoded bytes themselves.
   *
   * @throws PdfTooComplexException past the limit
   * @throws IOException when the data is not valid for the filter
   */
  public static byte[] decode(Filter filter, byte[] raw, COSDictionary parameters, long limit)
      throws IOException {
    ByteArrayOutputStream decoded = new ByteArrayOutputStream(Math.min(raw.length * 4, CHUNK));
    filter.decode(new ByteArrayInputStream(raw), new BoundedOutput(decoded, limit), parameters, 0);
    return decoded.toByteArray();
  }

  private void scan() {
    int lastObjectBody = -1;
    for (int at = 0; at + STREAM.length <= pdf.length; at++) {
      byte b = pdf[at];
      if (b == 'o' && isKeyword(at, OBJ) && !precededBy(at, "end")) {
        lastObjectBody = at + OBJ.length;
      } else if (b == 's' && isKeyword(at, STREAM) && !precededBy(at, "end")) {
        measureStream(at, lastObjectBody);
      }
    }
  }

  private void measureStream(int keyword, int objectBody) {
    int data = dataStart(keyword + STREAM.length);
    Map<String, Object> dictionary =
        objectBody < 0 ? null : StreamDictionaryReader.read(pdf, objectBody, keyword);
    if (dictionary == null) {
      // A stream whose dictionary this guard cannot read may still be one a lenient parser reads:
      // what a bomb would use is Flate, so that is tried.
      count(inflate(pdf, data, pdf.length - data, limits.maxDecodedBytes() + 1, null));
      return;
    }
    requireImageWithinLimit(dictionary);
    List<String> filters = filters(dictionary.get("Filter"));
    if (filters == null) {
      count(inflate(pdf, data, pdf.length - data, limits.maxDecodedBytes() + 1, null));
      return;
    }
    byte[] input = null;
    for (int i = 0; i < filters.size(); i++) {
      String filter = filters.get(i);
      boolean last = i == filters.size() - 1 || !decodable(filters.get(i + 1));
      ByteArrayOutputStream kept = last ? null : new ByteArrayOutputStream();
      long produced;
      if (FLATE.contains(filter)) {
        produced =
            input == null
                ? inflate(pdf, data, pdf.length - data, limits.maxDecodedBytes() + 1, kept)
                : inflate(input, 0, input.length, limits.maxDecodedBytes() + 1, kept);
      } else if (OTHER_DECODED.contains(filter)) {
        produced =
            decodeWithPdfBox(filter, input != null ? input : rawData(dictionary, data), kept);
      } else {
        return;
      }
      if (last) {
        count(produced);
        return;
      }
      input = kept.toByteArray();
    }
  }

  private static boolean decodable(String filter) {
    return FLATE.contains(filter) || OTHER_DECODED.contains(filter);
  }

  private void count(long decoded) {
    total += decoded;
    if (decoded > limits.maxDecodedBytes() || total > limits.maxDecodedBytes()) {
      throw PdfTooComplexException.decodedTooLarge(limits.maxDecodedBytes());
    }
  }

  private void requireImageWithinLimit(Map<String, Object> dictionary) {
    if (new StreamDictionaryReader.Name("Image").equals(dictionary.get("Subtype"))
        && dictionary.get("Width") instanceof Long width
        && dictionary.get("Height") instanceof Long height
        && width > 0
        && height > 0
        && (width > limits.maxImagePixels() / height)) {
      throw PdfTooComplexException.imageTooLarge(width, height, limits.maxImagePixels());
    }
  }

  /**
   * Inflates as PDFBox does (two header bytes skipped, then raw deflate, stopping quietly at a data
   * error), counting at most {@code cap} bytes; {@code kept} receives them when not null.
   */
  static long inflate(byte[] source, int from, int length, long cap, OutputStream kept) {
    if (length <= 2) {
      return 0;
    }
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(source, from + 2, length - 2);
      byte[] buffer = new byte[CHUNK];
      long produced = 0;
      while (produced < cap && !inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0) {
          // The input ran out (a truncated stream) or wants a preset dictionary: PDFBox stops too.
          break;
        }
        produced += n;
        if (kept != null) {
          kept.write(buffer, 0, n);
        }
      }
      return produced;
    } catch (DataFormatException | IOException e) {
      // PDFBox keeps what came before a data error, and so does the count.
      return inflater.getBytesWritten();
    } finally {
      inflater.end();
    }
  }

  private long decodeWithPdfBox(String name, byte[] input, OutputStream kept) {
    BoundedOutput counted = new BoundedOutput(kept, limits.maxDecodedBytes());
    try {
      Filter filter = FilterFactory.INSTANCE.getFilter(name);
      filter.decode(new ByteArrayInputStream(input), counted, new COSDictionary(), 0);
    } catch (IOException | RuntimeException e) {
      if (e instanceof PdfTooComplexException tooComplex) {
        throw tooComplex;
      }
      // Damaged data: what was decoded before the damage is what a parser would get too.
    }
    return counted.written;
  }

  /** The stream's bytes as its /Length gives them, else up to the next "endstream". */
  private byte[] rawData(Map<String, Object> dictionary, int data) {
    int end = -1;
    if (dictionary.get("Length") instanceof Long length
        && length >= 0
        && data + length <= pdf.length) {
      end = (int) (data + length);
    } else {
      end = indexOf(ENDSTREAM, data);
      end = end < 0 ? pdf.length : end;
    }
    return java.util.Arrays.copyOfRange(pdf, data, end);
  }

  private int indexOf(byte[] word, int from) {
    outer:
    for (int i = from; i + word.length <= pdf.length; i++) {
      for (int j = 0; j < word.length; j++) {
        if (pdf[i + j] != word[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private int dataStart(int afterKeyword) {
    int at = afterKeyword;
    while (at < pdf.length && pdf[at] == ' ') {
      at++;
    }
    if (at < pdf.length && pdf[at] == '\r') {
      at++;
    }
    if (at < pdf.length && pdf[at] == '\n') {
      at++;
    }
    return at;
  }

  /** The filter names, in order; {@code null} when the entry is something else (a reference). */
  private static List<String> filters(Object entry) {
    if (entry == null) {
      return List.of();
    }
    if (entry instanceof StreamDictionaryReader.Name name) {
      return List.of(name.value());
    }
    if (entry instanceof List<?> array) {
      List<String> names = new ArrayList<>();
      for (Object item : array) {
        if (!(item instanceof StreamDictionaryReader.Name name)) {
          return null;
        }
        names.add(name.value());
      }
      return names;
    }
    return null;
  }

  private boolean isKeyword(int at, byte[] word) {
    if (at + word.length > pdf.length) {
      return false;
    }
    for (int i = 0; i < word.length; i++) {
      if (pdf[at + i] != word[i]) {
        return false;
      }
    }
    return at + word.length == pdf.length
        || StreamDictionaryReader.isDelimiterOrSpace(pdf[at + word.length]);
  }

  private boolean precededBy(int at, String prefix) {
    if (at < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (pdf[at - prefix.length() + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
