package org.paraph.seals.infrastructure.pdf;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSString;

/**
 * How {@link IncrementalPadesSealer}'s update chains to the original's last revision: whether that
 * revision ends in a cross-reference table or stream at the offset the file announces (the update
 * writes one of the same style, pointing back to it), and the trailer entries the update carries
 * over.
 */
final class RevisionChain {

  private static final COSName XREF_STM = COSName.getPDFName("XRefStm");

  /** How far from the end of the file the last "startxref" is looked for. */
  private static final int TAIL_SEARCH = 2048;

  private RevisionChain() {}

  /**
   * Whether the last cross-reference section is a table ({@code true}) or a stream ({@code false}),
   * or empty when the file is not one this path can chain an update to: its header not at the
   * start, its startxref not where PDFBox read the cross-references from, a hybrid file.
   */
  static Optional<Boolean> lastSectionIsTable(byte[] pdf, COSDocument cos) {
    if (!PdfStructureReader.startsWith(pdf, 0, "%PDF-") || cos.hasHybridXRef()) {
      return Optional.empty();
    }
    COSDictionary trailer = cos.getTrailer();
    if (trailer == null
        || trailer.containsKey(XREF_STM)
        || trailer.containsKey(COSName.ENCRYPT)
        || !(trailer.getItem(COSName.ROOT) instanceof COSObject root)
        || root.getKey() == null) {
      return Optional.empty();
    }
    long announced = announcedStartXref(pdf);
    if (announced < 0 || announced != cos.getStartXref() || announced >= pdf.length) {
      return Optional.empty();
    }
    int at = (int) announced;
    if (PdfStructureReader.startsWith(pdf, at, "xref")) {
      return cos.isXRefStream() ? Optional.empty() : Optional.of(true);
    }
    return cos.isXRefStream() && isObjectHeader(pdf, at) ? Optional.of(false) : Optional.empty();
  }

  /** The number after the last "startxref" near the end of the file, or -1. */
  private static long announcedStartXref(byte[] pdf) {
    byte[] keyword = "startxref".getBytes(StandardCharsets.US_ASCII);
    for (int i = pdf.length - keyword.length; i >= Math.max(0, pdf.length - TAIL_SEARCH); i--) {
      if (PdfStructureReader.startsWith(pdf, i, "startxref")) {
        int at = i + keyword.length;
        while (at < pdf.length && isWhitespace(pdf[at])) {
          at++;
        }
        long value = 0;
        int digits = 0;
        while (at < pdf.length && pdf[at] >= '0' && pdf[at] <= '9' && digits < 15) {
          value = value * 10 + (pdf[at++] - '0');
          digits++;
        }
        return digits == 0 ? -1 : value;
      }
    }
    return -1;
  }

  /** "N G obj" at {@code at}. */
  private static boolean isObjectHeader(byte[] pdf, int at) {
    int i = at;
    int fields = 0;
    while (fields < 2) {
      int start = i;
      while (i < pdf.length && pdf[i] >= '0' && pdf[i] <= '9') {
        i++;
      }
      if (i == start) {
        return false;
      }
      int spaces = i;
      while (i < pdf.length && isWhitespace(pdf[i])) {
        i++;
      }
      if (i == spaces) {
        return false;
      }
      fields++;
    }
    return PdfStructureReader.startsWith(pdf, i, "obj");
  }

  private static boolean isWhitespace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
  }

  /** /Root, /Info and /ID for the new trailer: the first ID kept, the second new (14.4). */
  static String trailerEntries(COSDictionary trailer) {
    StringBuilder entries = new StringBuilder();
    entries.append("/Root ").append(reference(trailer.getItem(COSName.ROOT)));
    COSBase info = trailer.getItem(COSName.INFO);
    if (info instanceof COSObject object && object.getKey() != null) {
      entries.append("/Info ").append(reference(info));
    }
    byte[] fresh = new byte[16];
    ThreadLocalRandom.current().nextBytes(fresh);
    String second = HexFormat.of().withUpperCase().formatHex(fresh);
    COSArray ids = trailer.getCOSArray(COSName.ID);
    String first =
        ids != null && ids.size() > 0 && ids.getObject(0) instanceof COSString id
            ? HexFormat.of().withUpperCase().formatHex(id.getBytes())
            : second;
    entries.append("/ID[<").append(first).append("><").append(second).append(">]");
    return entries.toString();
  }

  private static String reference(COSBase value) {
    COSObjectKey key = ((COSObject) value).getKey();
    return key.getNumber() + " " + key.getGeneration() + " R";
  }
}
