package org.paraph.seals.infrastructure.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.ICOSParser;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.paraph.documents.domain.PdfTooComplexException;
import org.paraph.documents.infrastructure.PdfLoading;
import org.paraph.documents.infrastructure.PdfStreamGuard;

/**
 * Reads just enough of a well-formed PDF to append a signature to it: the cross-reference sections
 * (tables and streams, followed through /Prev), and objects on demand, from the file or from object
 * streams. Parsing a whole document with PDFBox costs as much as the RSA signature for a one-page
 * file; a seal only needs the trailer, the catalog, one page and the form.
 *
 * <p>It is strict on purpose: anything unexpected (a damaged cross-reference, a hybrid file, an
 * object not where the table says, a filter other than Flate on an object stream) makes {@link
 * #open} or {@link #resolve} fail, and the sealer then takes the path that parses with PDFBox,
 * which repairs what can be repaired. Objects come back as PDFBox COS objects; references in them
 * are {@link COSObject}s that this reader resolves, so PDFBox's accessors work on them. Stream
 * objects come back with their dictionary only. Not thread-safe: one per seal.
 */
final class PdfStructureReader implements ICOSParser {

  private static final int TAIL_SEARCH = 2048;
  private static final int MAX_SECTIONS = 1024;

  /** Where an object lives: at an offset in the file, or at an index in an object stream. */
  private record Entry(long offset, int generation, long stream, int index) {
    boolean compressed() {
      return stream >= 0;
    }
  }

  /** A free entry: a newer section's deletion hides the object from older sections. */
  private static final Entry FREE = new Entry(-1, 0, -1, 0);

  private final byte[] pdf;
  private final Map<Long, Entry> entries = new HashMap<>();
  private final Map<Long, COSBase> resolved = new HashMap<>();
  private final Map<Long, byte[]> decodedStreams = new HashMap<>();
  private COSDictionary trailer;
  private long startXref;
  private boolean tableStyle;

  private final long maxDecodedBytes;
  private long decodedBytes;

  private PdfStructureReader(byte[] pdf, long maxDecodedBytes) {
    this.pdf = pdf;
    this.maxDecodedBytes = maxDecodedBytes;
  }

  /**
   * The structure of {@code pdf}, or empty if it is not a plain, intact file.
   *
   * @throws PdfTooComplexException when a cross-reference stream decodes past the limit
   */
  static Optional<PdfStructureReader> open(byte[] pdf) {
    return open(pdf, PdfLoading.maxDecodedBytes());
  }

  /**
   * As {@link #open(byte[])}, with streams decoding to at most {@code maxDecodedBytes} together.
   */
  static Optional<PdfStructureReader> open(byte[] pdf, long maxDecodedBytes) {
    PdfStructureReader reader = new PdfStructureReader(pdf, maxDecodedBytes);
    try {
      return reader.readCrossReferences() ? Optional.of(reader) : Optional.empty();
    } catch (PdfTooComplexException e) {
      // Not a file to hand to PDFBox instead: it would inflate the same stream.
      throw e;
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The newest trailer (for a cross-reference stream: its dictionary). */
  COSDictionary trailer() {
    return trailer;
  }

  /** The offset of the last cross-reference section, which an update's /Prev names. */
  long startXref() {
    return startXref;
  }

  /** Whether the last section is a table (else a stream). */
  boolean tableStyle() {
    return tableStyle;
  }

  /** One more than the highest object number in use. */
  long firstFreeNumber() {
    long highest = 0;
    for (long number : entries.keySet()) {
      highest = Math.max(highest, number);
    }
    return Math.max(highest + 1, trailer.getLong(COSName.SIZE, 0));
  }

  /**
   * The object of that number, with its key set; COSNull if the file does not have it.
   *
   * @throws PdfTooComplexException when its object stream decodes past the limit, or the object
   *     streams read so far together do
   */
  COSBase resolve(long number) throws IOException {
    COSBase known = resolved.get(number);
    if (known != null) {
      return known;
    }
    Entry entry = entries.get(number);
    if (entry == null || entry == FREE) {
      return COSNull.NULL;
    }
    COSBase object;
    if (entry.compressed()) {
      object = fromObjectStream(entry);
    } else {
      PdfObjectLexer lexer = new PdfObjectLexer(pdf, (int) entry.offset(), this);
      if (lexer.integer() != number || lexer.integer() != entry.generation()) {
        throw new IOException("object " + number + " is not at its offset");
      }
      lexer.expectKeyword("obj");
      object = lexer.value(0);
      if (object instanceof COSDictionary dictionary && lexer.atKeyword("stream")) {
        object = streamHeader(dictionary);
      }
    }
    object.setKey(new COSObjectKey(number, entry.generation()));
    resolved.put(number, object);
    return object;
  }

  @Override
  public COSBase dereferenceCOSObject(COSObject object) throws IOException {
    return resolve(object.getObjectNumber());
  }

  @Override
  public RandomAccessReadView createRandomAccessReadView(long start, long length) {
    throw new UnsupportedOperationException("stream data is not read through this reader");
  }

  private static COSStream streamHeader(COSDictionary dictionary) {
    COSStream stream = new COSStream();
    for (Map.Entry<COSName, COSBase> item : dictionary.entrySet()) {
      stream.setItem(item.getKey(), item.getValue());
    }
    return stream;
  }

  private boolean readCrossReferences() throws IOException {
    if (!startsWith(pdf, 0, "%PDF-")) {
      return false;
    }
    long offset = announcedStartXref();
    if (offset < 0) {
      return false;
    }
    startXref = offset;
    int sections = 0;
    while (offset >= 0) {
      if (++sections > MAX_SECTIONS || offset >= pdf.length) {
        return false;
      }
      COSDictionary sectionTrailer;
      boolean table = startsWith(pdf, (int) offset, "xref");
      if (table) {
        sectionTrailer = readTable((int) offset);
        // A hybrid file: its table hides objects only the stream lists.
        if (sectionTrailer.containsKey(COSName.getPDFName("XRefStm"))) {
          return false;
        }
      } else {
        sectionTrailer = readStream((int) offset);
      }
      if (trailer == null) {
        trailer = sectionTrailer;
        tableStyle = table;
      }
      offset = sectionTrailer.containsKey(COSName.PREV) ? sectionTrailer.getLong(COSName.PREV) : -1;
    }
    return trailer.getItem(COSName.ROOT) instanceof COSObject
        && !trailer.containsKey(COSName.ENCRYPT);
  }

  private COSDictionary readTable(int offset) throws IOException {
    PdfObjectLexer lexer = new PdfObjectLexer(pdf, offset, this);
    lexer.expectKeyword("xref");
    while (!lexer.atKeyword("trailer")) {
      long first = lexer.integer();
      long count = lexer.integer();
      for (long number = first; number < first + count; number++) {
        long position = lexer.integer();
        int generation = (int) lexer.integer();
        String kind = lexer.word();
        if ("n".equals(kind)) {
          entries.putIfAbsent(number, new Entry(position, generation, -1, 0));
        } else if ("f".equals(kind)) {
          entries.putIfAbsent(number, FREE);
        } else {
          throw new IOException("bad cross-reference entry");
        }
      }
    }
    if (!(lexer.value(0) instanceof COSDictionary dictionary)) {
      throw new IOException("no trailer dictionary");
    }
    return dictionary;
  }

  private COSDictionary readStream(int offset) throws IOException {
    PdfObjectLexer lexer = new PdfObjectLexer(pdf, offset, this);
    long number = lexer.integer();
    lexer.integer();
    lexer.expectKeyword("obj");
    if (!(lexer.value(0) instanceof COSDictionary dictionary)
        || !COSName.XREF.equals(dictionary.getCOSName(COSName.TYPE))
        || !lexer.atKeyword("stream")) {
      throw new IOException("no cross-reference stream at " + offset);
    }
    byte[] data = decode(dictionary, lexer.streamData(dictionary.getInt(COSName.LENGTH)));
    COSArray widths = dictionary.getCOSArray(COSName.W);
    int w0 = widths.getInt(0);
    int w1 = widths.getInt(1);
    int w2 = widths.getInt(2);
    COSArray index = dictionary.getCOSArray(COSName.INDEX);
    if (index == null) {
      index = new COSArray();
      index.add(COSInteger.ZERO);
      index.add(COSInteger.get(dictionary.getLong(COSName.SIZE)));
    }
    int at = 0;
    for (int i = 0; i + 1 < index.size(); i += 2) {
      long first = index.getInt(i);
      long count = index.getInt(i + 1);
      for (long n = first; n < first + count; n++) {
        if (at + w0 + w1 + w2 > data.length) {
          throw new IOException("cross-reference stream too short");
        }
        long type = w0 == 0 ? 1 : field(data, at, w0);
        long second = field(data, at + w0, w1);
        long third = field(data, at + w0 + w1, w2);
        at += w0 + w1 + w2;
        if (type == 1) {
          entries.putIfAbsent(n, new Entry(second, (int) third, -1, 0));
        } else if (type == 2) {
          entries.putIfAbsent(n, new Entry(0, 0, second, (int) third));
        } else {
          entries.putIfAbsent(n, FREE);
        }
      }
    }
    entries.putIfAbsent(number, new Entry(offset, 0, -1, 0));
    return dictionary;
  }

  private COSBase fromObjectStream(Entry entry) throws IOException {
    byte[] data = decodedStreams.get(entry.stream());
    COSBase container = resolve(entry.stream());
    if (!(container instanceof COSStream stream)) {
      throw new IOException("object stream " + entry.stream() + " missing");
    }
    if (data == null) {
      Entry where = entries.get(entry.stream());
      if (where == null || where == FREE || where.compressed()) {
        throw new IOException("object stream " + entry.stream() + " not in the file");
      }
      PdfObjectLexer lexer = new PdfObjectLexer(pdf, (int) where.offset(), this);
      lexer.integer();
      lexer.integer();
      lexer.expectKeyword("obj");
      lexer.value(0);
      lexer.expectKeyword("stream");
      data = decode(stream, lexer.streamData(length(stream)));
      decodedStreams.put(entry.stream(), data);
    }
    int count = stream.getInt(COSName.N);
    int first = stream.getInt(COSName.FIRST);
    PdfObjectLexer header = new PdfObjectLexer(data, 0, this);
    long offset = -1;
    for (int i = 0; i < count; i++) {
      header.integer();
      long objectOffset = header.integer();
      if (i == entry.index()) {
        offset = objectOffset;
      }
    }
    if (offset < 0) {
      throw new IOException("object not in its object stream");
    }
    return new PdfObjectLexer(data, first + (int) offset, this).value(0);
  }

  private int length(COSDictionary stream) throws IOException {
    COSBase length = stream.getItem(COSName.LENGTH);
    if (length instanceof COSObject reference) {
      length = resolve(reference.getObjectNumber());
    }
    if (!(length instanceof COSInteger integer)) {
      throw new IOException("stream without a length");
    }
    return (int) integer.longValue();
  }

  /**
   * Flate (with its predictors) or nothing: anything else is left to PDFBox. What the streams of
   * one file decode to, together, stays under the decoding limit: this reader keeps them.
   */
  private byte[] decode(COSDictionary stream, byte[] raw) throws IOException {
    COSBase filters = stream.getDictionaryObject(COSName.FILTER);
    if (filters == null) {
      return raw;
    }
    if (filters instanceof COSArray array && array.size() == 1) {
      filters = array.getObject(0);
    }
    if (!COSName.FLATE_DECODE.equals(filters)) {
      throw new IOException("unsupported filter " + filters);
    }
    Filter flate = FilterFactory.INSTANCE.getFilter(COSName.FLATE_DECODE);
    byte[] decoded;
    try {
      decoded = PdfStreamGuard.decode(flate, raw, stream, maxDecodedBytes - decodedBytes);
    } catch (PdfTooComplexException e) {
      // Said with the whole limit, not with what was left of it.
      throw PdfTooComplexException.decodedTooLarge(maxDecodedBytes);
    }
    decodedBytes += decoded.length;
    return decoded;
  }

  private static long field(byte[] data, int at, int width) {
    long value = 0;
    for (int i = 0; i < width; i++) {
      value = (value << 8) | (data[at + i] & 0xFF);
    }
    return value;
  }

  private long announcedStartXref() {
    for (int i = pdf.length - 9; i >= Math.max(0, pdf.length - TAIL_SEARCH); i--) {
      if (startsWith(pdf, i, "startxref")) {
        try {
          return new PdfObjectLexer(pdf, i + 9, this).integer();
        } catch (IOException e) {
          return -1;
        }
      }
    }
    return -1;
  }

  /** Whether {@code pdf} holds the ASCII text {@code ascii} at {@code at}; false past its end. */
  static boolean startsWith(byte[] pdf, int at, String ascii) {
    if (at < 0 || at + ascii.length() > pdf.length) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (pdf[at + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
