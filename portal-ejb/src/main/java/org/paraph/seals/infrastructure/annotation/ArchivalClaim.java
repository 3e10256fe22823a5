package org.paraph.seals.infrastructure.annotation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What a document claims to conform to, as far as it constrains the annotation a seal adds: a PDF/A
 * file must stay PDF/A (ISO 19005) after sealing, so every font the annotation uses must be
 * embedded and, in PDF/A-1, nothing may be transparent. A document with an output intent but no
 * PDF/A identification (PDF/X, or a PDF/A producer that left out the XMP) is held to the strictest
 * of these rules, which every such standard accepts. Where the output intent is not RGB (a CMYK or
 * gray printing condition), or a PDF/A file has none, DeviceRGB is not allowed either, and the
 * annotation's colours and logo are given in calibrated sRGB instead.
 *
 * @param pdfaPart the PDF/A part the XMP metadata names (1 to 4), or 0
 * @param outputIntent whether the document has an output intent
 * @param rgbOutput whether every output intent's profile is an RGB one
 */
public record ArchivalClaim(int pdfaPart, boolean outputIntent, boolean rgbOutput) {

  /** An ordinary document: the annotation may use standard fonts and transparency. */
  static final ArchivalClaim NONE = new ArchivalClaim(0, false, false);

  /** "RGB " at offset 16 of an ICC profile's header: its data colour space (ICC.1, 7.2.6). */
  private static final byte[] ICC_RGB = {'R', 'G', 'B', ' '};

  private static final int ICC_COLOUR_SPACE_OFFSET = 16;

  /** XMP packets are a few KB; a larger one is not read further for the identification. */
  private static final int XMP_READ_LIMIT = 1 << 20;

  private static final String PDFAID_NAMESPACE = "http://www.aiim.org/pdfa/ns/id/";

  /** The prefix bound to the PDF/A identification namespace, usually "pdfaid". */
  private static final Pattern PREFIX =
      Pattern.compile("xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*[\"']" + Pattern.quote(PDFAID_NAMESPACE));

  /** The claim of {@code document}; unreadable metadata counts as no PDF/A identification. */
  public static ArchivalClaim of(PDDocument document) {
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    List<PDOutputIntent> intents = catalog.getOutputIntents();
    boolean rgb = !intents.isEmpty() && intents.stream().allMatch(ArchivalClaim::isRgb);
    return new ArchivalClaim(pdfaPart(catalog.getMetadata()), !intents.isEmpty(), rgb);
  }

  /** Whether the annotation's text must be drawn in an embedded font. */
  boolean needsEmbeddedFonts() {
    return pdfaPart > 0 || outputIntent;
  }

  /**
   * Whether the annotation must not use transparency (soft masks): PDF/A-1 has none; later parts
   * blend in the output intent's colour space, and without one would need a blending colour space
   * on the page, which a seal does not add.
   */
  boolean forbidsTransparency() {
    return pdfaPart == 1 || (pdfaPart == 0 ? outputIntent : !outputIntent);
  }

  /**
   * Whether DeviceRGB colours must be replaced by calibrated ones: device colours are only allowed
   * in the output intent's own colour space, and in a PDF/A file without an output intent not at
   * all.
   */
  boolean needsCalibratedRgb() {
    return outputIntent ? !rgbOutput : pdfaPart > 0;
  }

  /** An unreadable profile counts as not RGB: calibrated colours suit any output intent. */
  private static boolean isRgb(PDOutputIntent intent) {
    COSStream profile = intent.getDestOutputIntent();
    if (profile == null) {
      return false;
    }
    try (InputStream in = profile.createInputStream()) {
      byte[] header = in.readNBytes(ICC_COLOUR_SPACE_OFFSET + ICC_RGB.length);
      return header.length == ICC_COLOUR_SPACE_OFFSET + ICC_RGB.length
          && Arrays.equals(
              Arrays.copyOfRange(header, ICC_COLOUR_SPACE_OFFSET, header.length), ICC_RGB);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The part in {@code <pdfaid:part>1</pdfaid:part>} or {@code pdfaid:part="1"}, whatever the
   * prefix. A text search rather than an XML parse: the packet is the document's, and an XML parser
   * would have to be hardened against it for one number.
   */
  static int pdfaPart(String xmp) {
    Matcher prefix = PREFIX.matcher(xmp);
    while (prefix.find()) {
      Matcher part =
          Pattern.compile(Pattern.quote(prefix.group(1)) + ":part\\s*(?:=\\s*[\"']|>)\\s*(\\d)")
              .matcher(xmp);
      if (part.find()) {
        return part.group(1).charAt(0) - '0';
      }
    }
    return 0;
  }

  private static int pdfaPart(PDMetadata metadata) {
    if (metadata == null) {
      return 0;
    }
    try (InputStream in = metadata.createInputStream()) {
      return pdfaPart(new String(in.readNBytes(XMP_READ_LIMIT), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return 0;
    }
  }
}
