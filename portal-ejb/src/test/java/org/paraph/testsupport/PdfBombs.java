package org.paraph.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Decompression bombs, made here rather than checked in: a Flate stream of zeros, written a chunk
 * at a time so that only the compressed bytes are ever held (about a thousandth of what they
 * inflate to). Each file is otherwise a well-formed PDF, so that a reader that does not bound its
 * inflation would inflate it.
 */
public final class PdfBombs {

  private static final int CHUNK = 1 << 16;

  private PdfBombs() {}

  /** One page whose content stream inflates to {@code decoded} bytes. */
  public static byte[] pageContent(long decoded) {
    Writer pdf = new Writer();
    pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
    pdf.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>");
    pdf.stream(4, "/Filter /FlateDecode", deflated(new byte[0], decoded));
    return pdf.withTable(5);
  }

  /** One page drawing an image that declares {@code width} x {@code height} grey pixels. */
  public static byte[] image(int width, int height) {
    Writer pdf = new Writer();
    pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
    pdf.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    pdf.object(
        3,
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            + " /Resources << /XObject << /Im1 5 0 R >> >> >>");
    pdf.stream(4, "", "q 500 0 0 700 40 60 cm /Im1 Do Q".getBytes(StandardCharsets.US_ASCII));
    pdf.stream(
        5,
        "/Type /XObject /Subtype /Image /Width "
            + width
            + " /Height "
            + height
            + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode",
        deflated(new byte[0], width));
    return pdf.withTable(6);
  }

  /** A file whose cross-reference stream inflates to {@code decoded} bytes. */
  public static byte[] crossReferenceStream(long decoded) {
    Writer pdf = new Writer();
    pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
    pdf.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    int xref = pdf.offset();
    pdf.offsets.add(xref);
    byte[] entries = entries(pdf.offsets, null);
    pdf.stream(
        4,
        "/Type /XRef /Size 5 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode",
        deflated(entries, decoded - entries.length));
    return pdf.finish(xref);
  }

  /** A file whose catalog lives in an object stream that inflates to {@code decoded} bytes. */
  public static byte[] objectStream(long decoded) {
    Writer pdf = new Writer();
    pdf.offsets.add(0); // object 1: compressed, in object stream 4
    pdf.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    byte[] header = "1 0 ".getBytes(StandardCharsets.US_ASCII);
    byte[] catalog = "<< /Type /Catalog /Pages 2 0 R >>".getBytes(StandardCharsets.US_ASCII);
    byte[] objects = new byte[header.length + catalog.length];
    System.arraycopy(header, 0, objects, 0, header.length);
    System.arraycopy(catalog, 0, objects, header.length, catalog.length);
    pdf.stream(
        4,
        "/Type /ObjStm /N 1 /First " + header.length + " /Filter /FlateDecode",
        deflated(objects, decoded - objects.length));
    int xref = pdf.offset();
    pdf.offsets.add(xref);
    byte[] entries = entries(pdf.offsets, 4);
    pdf.stream(5, "/Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R", entries);
    return pdf.finish(xref);
  }

  /**
   * A PNG declaring {@code width} x {@code height} grey pixels, with only a first row of data: a
   * decoder that trusts the header allocates the whole image before it reads a pixel.
   */
  public static byte[] png(int width, int height) {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
    writeInt(ihdr, width);
    writeInt(ihdr, height);
    ihdr.writeBytes(new byte[] {8, 0, 0, 0, 0}); // 8-bit grey, deflate, no filter, no interlace
    chunk(png, "IHDR", ihdr.toByteArray());
    chunk(png, "IDAT", deflated(new byte[0], width + 1L));
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  /** {@code prefix} followed by {@code zeros} zero bytes, compressed as a zlib stream. */
  public static byte[] deflated(byte[] prefix, long zeros) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflate =
        new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION), CHUNK)) {
      deflate.write(prefix);
      byte[] chunk = new byte[CHUNK];
      for (long left = zeros; left > 0; left -= CHUNK) {
        deflate.write(chunk, 0, (int) Math.min(CHUNK, left));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Cross-reference stream entries, W [1 4 2], for objects 0 to offsets.size(). */
  private static byte[] entries(List<Integer> offsets, Integer objectStream) {
    ByteArrayOutputStream entries = new ByteArrayOutputStream();
    entries.writeBytes(new byte[] {0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF});
    for (int i = 0; i < offsets.size(); i++) {
      boolean compressed = objectStream != null && i == 0;
      entries.write(compressed ? 2 : 1);
      writeInt(entries, compressed ? objectStream : offsets.get(i));
      entries.writeBytes(new byte[] {0, 0});
    }
    return entries.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
    writeInt(png, data.length);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    png.writeBytes(name);
    png.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    writeInt(png, (int) crc.getValue());
  }

  private static void writeInt(ByteArrayOutputStream out, int value) {
    out.write(value >>> 24);
    out.write(value >>> 16);
    out.write(value >>> 8);
    out.write(value);
  }

  /** Writes objects 1, 2, 3... in order and remembers where each starts. */
  private static final class Writer {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final List<Integer> offsets = new ArrayList<>();

    Writer() {
      ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    }

    int offset() {
      return out.size();
    }

    void object(int number, String body) {
      offsets.add(out.size());
      ascii(number + " 0 obj\n" + body + "\nendobj\n");
    }

    void stream(int number, String dictionary, byte[] data) {
      if (offsets.size() < number) {
        offsets.add(out.size());
      }
      ascii(number + " 0 obj\n<< " + dictionary + " /Length " + data.length + " >>\nstream\n");
      out.writeBytes(data);
      ascii("\nendstream\nendobj\n");
    }

    byte[] withTable(int size) {
      int xref = out.size();
      StringBuilder table = new StringBuilder("xref\n0 " + size + "\n0000000000 65535 f \n");
      for (int offset : offsets) {
        table.append(String.format("%010d 00000 n \n", offset));
      }
      table.append("trailer\n<< /Size ").append(size).append(" /Root 1 0 R >>\n");
      ascii(table.toString());
      return finish(xref);
    }

    byte[] finish(int xref) {
      ascii("startxref\n" + xref + "\n%%EOF\n");
      return out.toByteArray();
    }

    private void ascii(String text) {
      out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
  }
}
