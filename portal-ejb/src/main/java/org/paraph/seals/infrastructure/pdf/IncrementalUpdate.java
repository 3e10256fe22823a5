package org.paraph.seals.infrastructure.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;

/**
 * The bytes of one incremental update (ISO 32000-1, 7.5.6), written by hand: the objects it adds or
 * replaces, then a cross-reference section in the style of the one before (a table, or a stream)
 * pointing back to it with /Prev. Only the update is held here; the original stays where it is and
 * is never copied or re-serialised, which is what makes a seal of a large file cheap.
 *
 * <p>Values come from two kinds of places. Those of the original document are written as they are,
 * its indirect objects as references ({@link #original}). Those of another document (the
 * annotation's appearance, drawn in a template) are copied with their indirect objects renumbered
 * into this update ({@link #foreign}). Not thread-safe: one per seal.
 */
final class IncrementalUpdate {

  /** A growable buffer whose bytes can be patched in place once their final value is known. */
  private static final class Buffer extends ByteArrayOutputStream {
    Buffer(int size) {
      super(size);
    }

    byte[] array() {
      return buf;
    }
  }

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  private final long base;
  private final Buffer out;
  private final TreeMap<Long, long[]> entries = new TreeMap<>();
  private final Map<COSBase, Long> copied = new IdentityHashMap<>();
  private final ArrayDeque<COSBase> pending = new ArrayDeque<>();
  private long nextNumber;
  private boolean inObject;

  /**
   * @param original the document the update follows
   * @param firstFreeNumber the first object number the original does not use
   * @param contentsSize the bytes reserved for the signature, to size the buffer once
   */
  IncrementalUpdate(byte[] original, long firstFreeNumber, int contentsSize) {
    this.out = new Buffer(2 * contentsSize + 8 * 1024);
    this.base = original.length;
    this.nextNumber = firstFreeNumber;
    byte last = original.length == 0 ? 0 : original[original.length - 1];
    if (last != '\n' && last != '\r') {
      raw("\n");
    }
  }

  /** A number for a new object of this update. */
  long newNumber() {
    return nextNumber++;
  }

  /** Where the next byte goes, counted from the start of the original. */
  long position() {
    return base + out.size();
  }

  void beginObject(long number, int generation) {
    if (inObject) {
      throw new IllegalStateException("object " + number + " begun inside another");
    }
    inObject = true;
    entries.put(number, new long[] {position(), generation});
    raw(number + " " + generation + " obj\n");
  }

  /** Closes the object, then writes the foreign objects it referred to. */
  void endObject() {
    raw("\nendobj\n");
    inObject = false;
    while (!pending.isEmpty()) {
      writeCopy(pending.poll());
    }
  }

  void raw(String ascii) {
    out.writeBytes(ascii.getBytes(StandardCharsets.ISO_8859_1));
  }

  void name(COSName name) {
    try {
      name.writePDF(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A text string, in PDFDocEncoding when it fits and UTF-16BE otherwise. */
  void text(String text) {
    try {
      COSWriter.writeString(new COSString(text), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void reference(long number, int generation) {
    raw(number + " " + generation + " R");
  }

  /** The entries of a dictionary of the original, except {@code skipped}, without the brackets. */
  void originalEntries(COSDictionary dictionary, Set<COSName> skipped) {
    for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
      if (!skipped.contains(entry.getKey())) {
        name(entry.getKey());
        raw(" ");
        original(entry.getValue());
        raw("\n");
      }
    }
  }

  /** The items of an array of the original, without the brackets. */
  void originalItems(COSArray array) {
    for (int i = 0; i < array.size(); i++) {
      original(array.get(i));
      raw(" ");
    }
  }

  /** A value of the original document: its indirect objects stay where they are. */
  void original(COSBase value) {
    if (value instanceof COSObject object) {
      COSObjectKey key = object.getKey();
      if (key == null) {
        original(object.getObject());
      } else {
        reference(key.getNumber(), key.getGeneration());
      }
    } else if (value instanceof COSStream stream) {
      // Streams are indirect in every readable file; one without a key cannot be referred to.
      COSObjectKey key = stream.getKey();
      if (key == null) {
        throw new IllegalStateException("a direct stream in the original document");
      }
      reference(key.getNumber(), key.getGeneration());
    } else if (value instanceof COSDictionary dictionary) {
      raw("<<");
      originalEntries(dictionary, Set.of());
      raw(">>");
    } else if (value instanceof COSArray array) {
      raw("[");
      originalItems(array);
      raw("]");
    } else {
      simple(value);
    }
  }

  /** A value of another document: its indirect objects and streams are copied into the update. */
  void foreign(COSBase value) {
    if (value instanceof COSObject object) {
      COSBase target = object.getObject();
      if (target == null || target instanceof COSNull) {
        raw("null");
      } else {
        reference(copyOf(target), 0);
      }
    } else if (value instanceof COSStream stream) {
      reference(copyOf(stream), 0);
    } else if (value instanceof COSDictionary dictionary) {
      raw("<<");
      for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
        name(entry.getKey());
        raw(" ");
        foreign(entry.getValue());
        raw("\n");
      }
      raw(">>");
    } else if (value instanceof COSArray array) {
      raw("[");
      for (int i = 0; i < array.size(); i++) {
        foreign(array.get(i));
        raw(" ");
      }
      raw("]");
    } else {
      simple(value);
    }
  }

  private long copyOf(COSBase target) {
    Long number = copied.get(target);
    if (number == null) {
      number = newNumber();
      copied.put(target, number);
      pending.add(target);
    }
    return number;
  }

  private void writeCopy(COSBase target) {
    beginObject(copied.get(target), 0);
    if (target instanceof COSStream stream) {
      byte[] data;
      try (InputStream raw = stream.createRawInputStream()) {
        data = raw.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      raw("<<");
      for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
        if (!COSName.LENGTH.equals(entry.getKey())) {
          name(entry.getKey());
          raw(" ");
          foreign(entry.getValue());
          raw("\n");
        }
      }
      raw("/Length " + data.length + ">>\nstream\n");
      out.writeBytes(data);
      raw("\nendstream");
    } else {
      foreign(target instanceof COSObject object ? object.getObject() : target);
    }
    // Not endObject(): the loop there is already draining the queue.
    raw("\nendobj\n");
    inObject = false;
  }

  private void simple(COSBase value) {
    try {
      if (value == null || value instanceof COSNull) {
        raw("null");
      } else if (value instanceof COSName name) {
        name.writePDF(out);
      } else if (value instanceof COSString string) {
        COSWriter.writeString(string, out);
      } else if (value instanceof COSInteger integer) {
        integer.writePDF(out);
      } else if (value instanceof COSFloat number) {
        number.writePDF(out);
      } else if (value instanceof COSBoolean bool) {
        bool.writePDF(out);
      } else {
        throw new IllegalArgumentException("cannot write a " + value.getClass().getSimpleName());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reserves room for a value written later ({@link #patch}): {@code length} spaces.
   *
   * @return the offset of the room within the update
   */
  int reserve(int length) {
    int at = out.size();
    raw(" ".repeat(length));
    return at;
  }

  /** Reserves a hex string of {@code bytes} zero bytes; returns the offset of its '&lt;'. */
  int reserveHexString(int bytes) {
    int at = out.size();
    byte[] zeros = new byte[2 * bytes + 2];
    java.util.Arrays.fill(zeros, (byte) '0');
    zeros[0] = '<';
    zeros[zeros.length - 1] = '>';
    out.writeBytes(zeros);
    return at;
  }

  /** Overwrites reserved room at {@code offset} within the update with ASCII text. */
  void patch(int offset, String ascii) {
    byte[] bytes = ascii.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(bytes, 0, out.array(), offset, bytes.length);
  }

  /** Writes {@code value} in hex into the hex string reserved at {@code offset}. */
  void patchHex(int offset, byte[] value) {
    byte[] array = out.array();
    int at = offset + 1;
    for (byte b : value) {
      array[at++] = HEX[(b >> 4) & 0xF];
      array[at++] = HEX[b & 0xF];
    }
  }

  /** Feeds the update's bytes from {@code from} to {@code to} (offsets within it) to a digest. */
  void digest(MessageDigest digest, int from, int to) {
    digest.update(out.array(), from, to - from);
  }

  /** The update's length so far. */
  int size() {
    return out.size();
  }

  /**
   * Ends the update with a cross-reference table and trailer.
   *
   * @param trailerEntries the trailer's other entries (/Root, /Info, /ID), already in PDF syntax
   * @param previous the offset of the original's last cross-reference section
   */
  void finishWithTable(String trailerEntries, long previous) {
    long xref = position();
    StringBuilder table = new StringBuilder("xref\n");
    for (long[] run : runs()) {
      table.append(run[0]).append(' ').append(run[1]).append('\n');
      for (long number = run[0]; number < run[0] + run[1]; number++) {
        long[] entry = entries.get(number);
        table.append(String.format("%010d %05d n\r\n", entry[0], entry[1]));
      }
    }
    raw(table.toString());
    raw(
        "trailer\n<</Size "
            + nextNumber
            + trailerEntries
            + "/Prev "
            + previous
            + ">>\nstartxref\n"
            + xref
            + "\n%%EOF\n");
  }

  /**
   * Ends the update with a cross-reference stream (for originals that use them: a table after a
   * stream would make a hybrid file that some readers reject), uncompressed since it is small.
   */
  void finishWithStream(String trailerEntries, long previous) {
    long number = newNumber();
    long xref = position();
    entries.put(number, new long[] {xref, 0});
    int offsetWidth = Math.max(4, bytesFor(xref));
    ByteArrayOutputStream rows = new ByteArrayOutputStream();
    StringBuilder index = new StringBuilder();
    for (long[] run : runs()) {
      index.append(run[0]).append(' ').append(run[1]).append(' ');
      for (long n = run[0]; n < run[0] + run[1]; n++) {
        long[] entry = entries.get(n);
        rows.write(1);
        writeBigEndian(rows, entry[0], offsetWidth);
        writeBigEndian(rows, entry[1], 2);
      }
    }
    byte[] data = rows.toByteArray();
    raw(
        number
            + " 0 obj\n<</Type/XRef/Size "
            + nextNumber
            + "/W[1 "
            + offsetWidth
            + " 2]/Index["
            + index.toString().trim()
            + "]"
            + trailerEntries
            + "/Prev "
            + previous
            + "/Length "
            + data.length
            + ">>\nstream\n");
    out.writeBytes(data);
    raw("\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n");
  }

  /** Runs of consecutive object numbers: {first, count}. */
  private Iterable<long[]> runs() {
    java.util.List<long[]> runs = new java.util.ArrayList<>();
    long first = -1;
    long count = 0;
    for (long number : entries.keySet()) {
      if (first >= 0 && number == first + count) {
        count++;
      } else {
        if (first >= 0) {
          runs.add(new long[] {first, count});
        }
        first = number;
        count = 1;
      }
    }
    if (first >= 0) {
      runs.add(new long[] {first, count});
    }
    return runs;
  }

  private static int bytesFor(long value) {
    int bytes = 1;
    while (value >>> (8 * bytes) != 0) {
      bytes++;
    }
    return bytes;
  }

  private static void writeBigEndian(ByteArrayOutputStream out, long value, int width) {
    for (int i = width - 1; i >= 0; i--) {
      out.write((int) (value >>> (8 * i)) & 0xFF);
    }
  }

  /** The original followed by this update, in one array. */
  byte[] appendTo(byte[] original) {
    byte[] result = java.util.Arrays.copyOf(original, original.length + out.size());
    System.arraycopy(out.array(), 0, result, original.length, out.size());
    return result;
  }
}
