package org.paraph.seals.infrastructure.pdf;

import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealingFailedException;
import org.paraph.seals.infrastructure.annotation.ArchivalClaim;
import org.paraph.seals.infrastructure.annotation.SealAnnotationLayout;
import org.paraph.seals.infrastructure.annotation.SealAppearanceDrawer;
import org.paraph.seals.infrastructure.cms.PadesCmsSigner;

/**
 * The fast path of PAdES sealing: one incremental update written by hand after the untouched
 * original, the byte ranges hashed in one pass with the JDK's SHA-256, the CMS built from
 * precomputed parts ({@link PadesCmsSigner}). DSS's cookbook path parses the document twice and
 * saves it whole twice per seal; this one reads the parsed structure once and writes only the few
 * objects that change: the signature dictionary, its widget, the page's annotations, the AcroForm
 * (or the catalog), and a cross-reference section in the same style as the original's.
 *
 * <p>It declines (an empty result, and the caller takes DSS's path) whatever it does not handle
 * exactly as DSS would, rather than approximate it:
 *
 * <ul>
 *   <li>levels B-LT and B-LTA: revocation data and the DSS dictionary are DSS's business;
 *   <li>filling an existing signature field: DSS merges the widget the author drew;
 *   <li>files whose cross-references are not a plain table or stream at the offset the file
 *       announces (hybrid files, damaged files that PDFBox repaired, junk before the header): an
 *       update must chain to the original's real last section;
 *   <li>certified documents (/Perms) and locked fields: DSS decides what they allow;
 *   <li>a box over an existing annotation: DSS refuses it with its own check;
 *   <li>keys other than RSA and EC.
 * </ul>
 */
public final class IncrementalPadesSealer {

  private static final COSName PERMS = COSName.getPDFName("Perms");

  /** Print and Locked (ISO 32000-1, 12.5.3): the widget prints and cannot be moved. */
  private static final int WIDGET_FLAGS = 132;

  /** "[0 a b c]" with three numbers of up to 15 digits. */
  private static final int BYTE_RANGE_ROOM = 52;

  /** Viewers show it as the application that made the signature, as DSS's path writes it. */
  private static final String APPLICATION_NAME = "Paraph";

  /**
   * Seals {@code pdf}, already parsed as {@code document}, or declines.
   *
   * @param layout the visible annotation, or {@code null}
   * @param imageParameters DSS's description of the annotation box, or {@code null} if invisible
   * @param contentsSize bytes reserved for the CMS
   * @param tspSource the TSA for B-T, or {@code null} for B-B
   * @return the sealed file, or empty when this path does not handle the document
   */
  public Optional<byte[]> seal(
      byte[] pdf,
      PDDocument document,
      PadesCmsSigner signer,
      SealOptions options,
      SealAnnotationLayout layout,
      SignatureImageParameters imageParameters,
      int contentsSize,
      TSPSource tspSource)
      throws IOException {
    if (options.level() != SealLevel.B_B && options.level() != SealLevel.B_T) {
      return Optional.empty();
    }
    if (options.field() != null || document.isEncrypted()) {
      return Optional.empty();
    }
    COSDocument cos = document.getDocument();
    Optional<Boolean> tableStyle = RevisionChain.lastSectionIsTable(pdf, cos);
    if (tableStyle.isEmpty()) {
      return Optional.empty();
    }
    COSDictionary trailer = cos.getTrailer();
    COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
    int pageIndex = options.visible() ? options.placement().page() - 1 : 0;
    PDPage page = document.getPage(pageIndex);
    long firstFree =
        Math.max(trailer.getLong(COSName.SIZE, 0), cos.getHighestXRefObjectNumber() + 1);
    Target target =
        new Target(
            trailer, cos.getStartXref(), tableStyle.get(), firstFree, catalog, page.getCOSObject());
    if (!target.acceptable()) {
      return Optional.empty();
    }
    if (layout == null) {
      return Optional.of(write(pdf, target, null, signer, options, contentsSize, tspSource));
    }
    try (SignatureOptions template = new SignatureOptions()) {
      SealAppearanceDrawer drawer = new SealAppearanceDrawer(layout);
      drawer.init(imageParameters, document, template);
      drawer.draw();
      COSDictionary widget = templateWidget(template.getVisualSignature());
      if (widget == null || overlapsAnAnnotation(page, widget.getCOSArray(COSName.RECT))) {
        return Optional.empty();
      }
      return Optional.of(write(pdf, target, widget, signer, options, contentsSize, tspSource));
    }
  }

  /**
   * Seals an invisible seal without parsing the document with PDFBox: {@link PdfStructureReader}
   * reads the trailer, the catalog, the first page and the form, which is all an invisible seal
   * touches. Declines what the reader does not read.
   */
  public Optional<byte[]> sealInvisible(
      byte[] pdf, PadesCmsSigner signer, SealOptions options, int contentsSize, TSPSource tspSource)
      throws IOException {
    if (options.visible()
        || options.field() != null
        || (options.level() != SealLevel.B_B && options.level() != SealLevel.B_T)) {
      return Optional.empty();
    }
    Optional<PdfStructureReader> opened = PdfStructureReader.open(pdf);
    if (opened.isEmpty()) {
      return Optional.empty();
    }
    PdfStructureReader reader = opened.get();
    COSDictionary trailer = reader.trailer();
    if (!(reader.resolve(((COSObject) trailer.getItem(COSName.ROOT)).getObjectNumber())
        instanceof COSDictionary catalog)) {
      return Optional.empty();
    }
    COSDictionary page = firstPage(catalog);
    if (page == null) {
      return Optional.empty();
    }
    Target target =
        new Target(
            trailer,
            reader.startXref(),
            reader.tableStyle(),
            reader.firstFreeNumber(),
            catalog,
            page);
    if (!target.acceptable()) {
      return Optional.empty();
    }
    return Optional.of(write(pdf, target, null, signer, options, contentsSize, tspSource));
  }

  /**
   * What the update is written against.
   *
   * @param trailer the newest trailer
   * @param startXref the offset of the last cross-reference section
   * @param tableStyle whether that section is a table (else a stream)
   * @param firstFree the first object number the document does not use
   * @param catalog the document catalog, its key set
   * @param page the page that gets the widget, its key set
   */
  private record Target(
      COSDictionary trailer,
      long startXref,
      boolean tableStyle,
      long firstFree,
      COSDictionary catalog,
      COSDictionary page) {

    /**
     * Certified documents and locked fields are DSS's to handle. PDF/A documents are not: an
     * incremental update that adds a signature field and its widget keeps them PDF/A, the
     * annotation being drawn to the document's {@link ArchivalClaim}.
     */
    boolean acceptable() {
      return catalog.getKey() != null
          && page.getKey() != null
          && !catalog.containsKey(PERMS)
          && !FormFields.of(catalog).anyLocked();
    }
  }

  /** The first page of the page tree, or {@code null} if there is none. */
  private static COSDictionary firstPage(COSDictionary catalog) {
    COSDictionary node = catalog.getCOSDictionary(COSName.PAGES);
    if (node == null || node.getInt(COSName.COUNT, 0) < 1) {
      return null;
    }
    for (int depth = 0; node != null && depth < 64; depth++) {
      COSArray kids = node.getCOSArray(COSName.KIDS);
      if (kids == null) {
        return COSName.PAGE.equals(node.getCOSName(COSName.TYPE)) ? node : null;
      }
      if (kids.size() == 0) {
        return null;
      }
      node = kids.getObject(0) instanceof COSDictionary kid ? kid : null;
    }
    return null;
  }

  private byte[] write(
      byte[] pdf,
      Target target,
      COSDictionary templateWidget,
      PadesCmsSigner signer,
      SealOptions options,
      int contentsSize,
      TSPSource tspSource) {
    IncrementalUpdate update = new IncrementalUpdate(pdf, target.firstFree(), contentsSize);
    long signatureNumber = update.newNumber();
    long widgetNumber = update.newNumber();
    COSDictionary pageDictionary = target.page();
    COSObjectKey pageKey = pageDictionary.getKey();

    // The signature dictionary: /Contents and /ByteRange reserved, filled in at the end.
    update.beginObject(signatureNumber, 0);
    update.raw("<</Type/Sig/Filter/Adobe.PPKLite/SubFilter/ETSI.CAdES.detached\n/Name ");
    update.text(options.organisationName());
    update.raw("\n/M (" + pdfDate(options.signingTime()) + ")");
    textEntry(update, "Reason", options.reason());
    textEntry(update, "Location", options.location());
    textEntry(update, "ContactInfo", options.contact());
    update.raw("\n/Prop_Build<</App<</Name/" + APPLICATION_NAME + ">>>>\n/ByteRange ");
    int byteRangeAt = update.reserve(BYTE_RANGE_ROOM);
    update.raw("\n/Contents ");
    int contentsAt = update.reserveHexString(contentsSize);
    int contentsEnd = update.size();
    update.raw(">>");
    update.endObject();

    // The widget, which is also the signature field.
    update.beginObject(widgetNumber, 0);
    update.raw("<</Type/Annot/Subtype/Widget/FT/Sig/T ");
    update.text(FormFields.of(target.catalog()).unusedName("Signature"));
    update.raw("/V ");
    update.reference(signatureNumber, 0);
    update.raw("/F " + WIDGET_FLAGS + "/P ");
    update.reference(pageKey.getNumber(), pageKey.getGeneration());
    if (templateWidget == null) {
      update.raw("/Rect[0 0 0 0]/AP<</N ");
      long appearance = update.newNumber();
      update.reference(appearance, 0);
      update.raw(">>>>");
      update.endObject();
      update.beginObject(appearance, 0);
      update.raw("<</Type/XObject/Subtype/Form/BBox[0 0 0 0]/Length 0>>\nstream\n\nendstream");
      update.endObject();
    } else {
      update.raw("/Rect");
      update.foreign(templateWidget.getItem(COSName.RECT));
      update.raw("/AP");
      update.foreign(templateWidget.getItem(COSName.AP));
      update.raw(">>");
      update.endObject();
    }

    addToAnnotations(update, pageDictionary, widgetNumber);
    addToAcroForm(update, target.catalog(), widgetNumber);

    String trailerEntries = RevisionChain.trailerEntries(target.trailer());
    long previous = target.startXref();
    if (target.tableStyle()) {
      update.finishWithTable(trailerEntries, previous);
    } else {
      update.finishWithStream(trailerEntries, previous);
    }

    long contentsStart = pdf.length + (long) contentsAt;
    long afterContents = pdf.length + (long) contentsEnd;
    long total = pdf.length + (long) update.size();
    String byteRange =
        "[0 " + contentsStart + " " + afterContents + " " + (total - afterContents) + "]";
    update.patch(byteRangeAt, byteRange);

    MessageDigest digest = PadesCmsSigner.sha256();
    digest.update(pdf);
    update.digest(digest, 0, contentsAt);
    update.digest(digest, contentsEnd, update.size());
    byte[] cms = signer.sign(digest.digest(), tspSource);
    if (cms.length > contentsSize) {
      throw SealingFailedException.failed(
          "the signature takes " + cms.length + " bytes, " + contentsSize + " were reserved", null);
    }
    update.patchHex(contentsAt, cms);
    return update.appendTo(pdf);
  }

  /**
   * A PDF date in UTC (7.9.4), "D:YYYYMMDDHHmmSS+00'00'". Written by hand: a DateTimeFormatter with
   * a zone costs as much here as all of the signature dictionary.
   */
  static String pdfDate(Instant time) {
    LocalDateTime utc = LocalDateTime.ofEpochSecond(time.getEpochSecond(), 0, ZoneOffset.UTC);
    StringBuilder date = new StringBuilder(24).append("D:");
    date.append(utc.getYear());
    twoDigits(date, utc.getMonthValue());
    twoDigits(date, utc.getDayOfMonth());
    twoDigits(date, utc.getHour());
    twoDigits(date, utc.getMinute());
    twoDigits(date, utc.getSecond());
    return date.append("+00'00'").toString();
  }

  private static void twoDigits(StringBuilder date, int value) {
    date.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  private static void textEntry(IncrementalUpdate update, String key, String value) {
    if (value != null && !value.isBlank()) {
      update.raw("\n/" + key + " ");
      update.text(value);
    }
  }

  /** The page's /Annots with the widget added: in the page, or in its own array object. */
  private static void addToAnnotations(
      IncrementalUpdate update, COSDictionary pageDictionary, long widgetNumber) {
    COSObjectKey pageKey = pageDictionary.getKey();
    COSBase annotations = pageDictionary.getItem(COSName.ANNOTS);
    if (annotations instanceof COSObject indirect
        && indirect.getKey() != null
        && indirect.getObject() instanceof COSArray array) {
      COSObjectKey key = indirect.getKey();
      update.beginObject(key.getNumber(), key.getGeneration());
      update.raw("[");
      update.originalItems(array);
      update.reference(widgetNumber, 0);
      update.raw("]");
      update.endObject();
      return;
    }
    update.beginObject(pageKey.getNumber(), pageKey.getGeneration());
    update.raw("<<");
    update.originalEntries(pageDictionary, Set.of(COSName.ANNOTS));
    update.raw("/Annots[");
    if (annotations instanceof COSArray array) {
      update.originalItems(array);
    }
    update.reference(widgetNumber, 0);
    update.raw("]>>");
    update.endObject();
  }

  /** The AcroForm with the field added and /SigFlags 3 (signatures exist, append only). */
  private static void addToAcroForm(
      IncrementalUpdate update, COSDictionary catalog, long widgetNumber) {
    COSBase form = catalog.getItem(COSName.ACRO_FORM);
    if (form instanceof COSObject indirect
        && indirect.getKey() != null
        && indirect.getObject() instanceof COSDictionary dictionary) {
      COSObjectKey key = indirect.getKey();
      update.beginObject(key.getNumber(), key.getGeneration());
      writeForm(update, dictionary, widgetNumber);
      update.endObject();
      return;
    }
    COSObjectKey catalogKey = catalog.getKey();
    update.beginObject(catalogKey.getNumber(), catalogKey.getGeneration());
    update.raw("<<");
    update.originalEntries(catalog, Set.of(COSName.ACRO_FORM));
    update.raw("/AcroForm");
    if (form instanceof COSDictionary dictionary) {
      writeForm(update, dictionary, widgetNumber);
    } else {
      update.raw("<</Fields[");
      update.reference(widgetNumber, 0);
      update.raw("]/SigFlags 3>>");
    }
    update.raw(">>");
    update.endObject();
  }

  private static void writeForm(IncrementalUpdate update, COSDictionary form, long widgetNumber) {
    update.raw("<<");
    update.originalEntries(form, Set.of(COSName.FIELDS, COSName.SIG_FLAGS));
    update.raw("/Fields[");
    COSArray fields = form.getCOSArray(COSName.FIELDS);
    if (fields != null) {
      update.originalItems(fields);
    }
    update.reference(widgetNumber, 0);
    update.raw("]/SigFlags 3>>");
  }

  /** The widget (merged with its field) of the template PDFBox would merge into the document. */
  private static COSDictionary templateWidget(COSDocument template) {
    if (template == null) {
      return null;
    }
    COSDictionary root = template.getTrailer().getCOSDictionary(COSName.ROOT);
    COSDictionary form = root == null ? null : root.getCOSDictionary(COSName.ACRO_FORM);
    COSArray fields = form == null ? null : form.getCOSArray(COSName.FIELDS);
    if (fields == null || fields.size() == 0) {
      return null;
    }
    COSBase field = fields.getObject(0);
    if (!(field instanceof COSDictionary widget)
        || widget.getCOSArray(COSName.RECT) == null
        || widget.getCOSDictionary(COSName.AP) == null) {
      return null;
    }
    return widget;
  }

  /** As DSS's position checker: any overlap with an annotation of the page. */
  private static boolean overlapsAnAnnotation(PDPage page, COSArray rectangle) throws IOException {
    if (rectangle == null) {
      return true;
    }
    PDRectangle box = new PDRectangle(rectangle);
    for (PDAnnotation annotation : page.getAnnotations()) {
      PDRectangle other = annotation.getRectangle();
      if (other != null
          && box.getLowerLeftX() < other.getUpperRightX()
          && other.getLowerLeftX() < box.getUpperRightX()
          && box.getLowerLeftY() < other.getUpperRightY()
          && other.getLowerLeftY() < box.getUpperRightY()) {
        return true;
      }
    }
    return false;
  }
}
