package org.paraph.testsupport;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDAppearanceContentStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * PDF/A files built with PDFBox, as archiving producers write them: the text in an embedded font
 * subset, an sRGB output intent, XMP metadata naming the part and conformance level. PDF/A-1b is
 * PDF 1.4 with a classic cross-reference table (1.4 has no object or cross-reference streams);
 * PDF/A-2 and 3 use PDFBox's default compressed structure; PDF/A-3 files carry an associated XML
 * attachment, as e-invoices (Factur-X, ZUGFeRD) do.
 */
public final class PdfaFiles {

  /**
   * The PDF/A parts and levels the portal's seals are checked against: "b" (basic, the appearance
   * is preserved), "u" (also every character maps to Unicode, so the text can be searched and
   * copied) and "a" (also the content is tagged in a logical structure, for accessibility).
   */
  public enum Flavour {
    PDF_A_1A(1, "1a"),
    PDF_A_1B(1, "1b"),
    PDF_A_2A(2, "2a"),
    PDF_A_2B(2, "2b"),
    PDF_A_2U(2, "2u"),
    PDF_A_3A(3, "3a"),
    PDF_A_3B(3, "3b"),
    PDF_A_3U(3, "3u");

    private final int part;
    private final String id;

    Flavour(int part, String id) {
      this.part = part;
      this.id = id;
    }

    /** Whether the level is "a" (accessible): the content is tagged, in a logical structure. */
    boolean tagged() {
      return id.endsWith("a");
    }

    /** The conformance level as the XMP identification writes it: "A", "B" or "U". */
    String conformance() {
      return id.substring(1).toUpperCase(Locale.ROOT);
    }

    /** veraPDF's name of the flavour: "1b", "2b", "3b". */
    public String id() {
      return id;
    }

    public int part() {
      return part;
    }
  }

  /**
   * The colour space of the output intent, which is the one device colour space (besides gray) the
   * document may use: most PDF/A files are made for screens (sRGB), those made for print name a
   * printing condition, often CMYK; a file without one may use device-independent colours only.
   */
  public enum OutputIntent {
    SRGB,
    /**
     * The JDK's gray profile: stands for any intent that is not RGB, the JDK having no CMYK one.
     */
    GRAY,
    NONE
  }

  private static final String TITLE = "Paraph PDF/A test document";

  private PdfaFiles() {}

  /**
   * One A4 page per rotation given, each with a line of text, conforming to {@code flavour}, with
   * an sRGB output intent.
   */
  public static byte[] build(Flavour flavour, int... rotations) {
    return build(flavour, OutputIntent.SRGB, rotations);
  }

  /** As {@link #build(Flavour, int...)}, with the output intent given. */
  public static byte[] build(Flavour flavour, OutputIntent intent, int... rotations) {
    return build(flavour, intent, rotations, (document, font) -> {});
  }

  /** The box of {@link #withForm}'s empty signature field "Approver" on page 1, PDF coordinates. */
  public static final PDRectangle APPROVER = new PDRectangle(300, 600, 220, 70);

  /**
   * One page with a form, as filled-in PDF/A forms come: an empty signature field "Approver"
   * ({@link #APPROVER}) and a text field "Name" holding "Zoë Łukasiewicz", each widget with its
   * appearance drawn (PDF/A admits no widget without one, nor a form that asks viewers to draw).
   */
  public static byte[] withForm(Flavour flavour) {
    return build(flavour, OutputIntent.SRGB, new int[] {0}, PdfaFiles::addForm);
  }

  private interface Extra {
    void addTo(PDDocument document, PDFont font) throws IOException;
  }

  private static byte[] build(Flavour flavour, OutputIntent intent, int[] rotations, Extra extra) {
    try (PDDocument document = new PDDocument()) {
      document.setVersion(flavour.part() == 1 ? 1.4f : 1.7f);
      PDFont font = liberationSans(document);
      // Without an output intent even the default DeviceGray black is not allowed.
      PDColor text = intent == OutputIntent.NONE ? calibratedBlack(document) : null;
      Structure structure = flavour.tagged() ? new Structure(document) : null;
      int[] pages = rotations.length == 0 ? new int[] {0} : rotations;
      for (int rotation : pages) {
        addPage(document, font, text, rotation, structure);
      }
      if (structure != null) {
        structure.finish();
      }
      extra.addTo(document, font);
      PDDocumentCatalog catalog = document.getDocumentCatalog();
      if (intent != OutputIntent.NONE) {
        catalog.addOutputIntent(outputIntent(document, intent));
      }
      catalog.setMetadata(metadata(document, flavour));
      if (flavour.part() == 3) {
        attachInvoiceXml(document);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(
          out, flavour.part() == 1 ? CompressParameters.NO_COMPRESSION : new CompressParameters());
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void addForm(PDDocument document, PDFont font) throws IOException {
    PDPage page = document.getPage(0);
    PDAcroForm form = new PDAcroForm(document);
    document.getDocumentCatalog().setAcroForm(form);
    PDResources resources = new PDResources();
    COSName fontName = resources.add(font);
    form.setDefaultResources(resources);
    String appearance = "/" + fontName.getName() + " 10 Tf 0 g";
    form.setDefaultAppearance(appearance);

    PDSignatureField approver = new PDSignatureField(form);
    approver.setPartialName("Approver");
    PDAnnotationWidget approverWidget = approver.getWidgets().get(0);
    addWidget(page, approverWidget, APPROVER, appearance(document, APPROVER, null, null));

    String value = "Zoë Łukasiewicz";
    PDRectangle nameBox = new PDRectangle(72, 500, 200, 20);
    PDTextField name = new PDTextField(form);
    name.setPartialName("Name");
    name.setDefaultAppearance(appearance);
    // Set before the widget's appearance is given: setValue would have PDFBox draw its own.
    name.getCOSObject().setString(COSName.V, value);
    addWidget(page, name.getWidgets().get(0), nameBox, appearance(document, nameBox, font, value));

    form.getFields().add(approver);
    form.getFields().add(name);
  }

  private static void addWidget(
      PDPage page, PDAnnotationWidget widget, PDRectangle box, PDAppearanceStream appearance)
      throws IOException {
    widget.setRectangle(box);
    widget.setPage(page);
    widget.setPrinted(true);
    PDAppearanceDictionary appearances = new PDAppearanceDictionary();
    appearances.setNormalAppearance(appearance);
    widget.setAppearance(appearances);
    page.getAnnotations().add(widget);
  }

  /** A form XObject for a widget: a thin frame, and {@code text} inside it if not null. */
  private static PDAppearanceStream appearance(
      PDDocument document, PDRectangle box, PDFont font, String text) throws IOException {
    PDAppearanceStream stream = new PDAppearanceStream(document);
    stream.setBBox(new PDRectangle(box.getWidth(), box.getHeight()));
    stream.setResources(new PDResources());
    try (PDAppearanceContentStream content = new PDAppearanceContentStream(stream)) {
      content.setStrokingColor(Color.GRAY);
      content.addRect(0.5f, 0.5f, box.getWidth() - 1, box.getHeight() - 1);
      content.stroke();
      if (text != null) {
        content.beginText();
        content.setFont(font, 10);
        content.newLineAtOffset(2, 6);
        content.showText(text);
        content.endText();
      }
    }
    return stream;
  }

  private static PDFont liberationSans(PDDocument document) throws IOException {
    try (InputStream in =
        PdfaFiles.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
      if (in == null) {
        throw new IllegalStateException("Liberation Sans missing from the test class path");
      }
      return PDType0Font.load(document, in, true);
    }
  }

  /** Black in the JDK's sRGB profile, a device-independent colour space. */
  private static PDColor calibratedBlack(PDDocument document) throws IOException {
    COSStream profile = document.getDocument().createCOSStream();
    profile.setInt(COSName.N, 3);
    try (OutputStream out = profile.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    }
    COSArray space = new COSArray();
    space.add(COSName.ICCBASED);
    space.add(profile);
    return new PDColor(new float[] {0, 0, 0}, PDICCBased.create(space, null));
  }

  /**
   * @param text the text's colour, or {@code null} for the default black
   */
  private static void addPage(
      PDDocument document, PDFont font, PDColor text, int rotation, Structure structure)
      throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    page.setRotation(rotation);
    document.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      if (structure != null) {
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, 0);
        content.beginMarkedContent(COSName.P, PDPropertyList.create(properties));
      }
      if (text != null) {
        content.setNonStrokingColor(text);
      }
      content.beginText();
      content.setFont(font, 12);
      content.newLineAtOffset(72, PDRectangle.A4.getHeight() - 72);
      content.showText("Archived for the long run, page " + document.getNumberOfPages());
      content.endText();
      if (structure != null) {
        content.endMarkedContent();
        structure.paragraph(page);
      }
    }
  }

  /**
   * The logical structure of a tagged ("a") file: a Document element holding one paragraph per
   * page, each paragraph the page's marked content 0, found back from the page through the parent
   * tree.
   */
  private static final class Structure {

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement body;
    private final COSArray parents = new COSArray();
    private int pages;

    Structure(PDDocument document) {
      PDDocumentCatalog catalog = document.getDocumentCatalog();
      catalog.setStructureTreeRoot(root);
      PDMarkInfo markInfo = new PDMarkInfo();
      markInfo.setMarked(true);
      catalog.setMarkInfo(markInfo);
      catalog.setLanguage("en");
      body = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
      root.appendKid(body);
    }

    void paragraph(PDPage page) {
      PDStructureElement paragraph = new PDStructureElement(StandardStructureTypes.P, body);
      paragraph.setPage(page);
      paragraph.appendKid(0);
      body.appendKid(paragraph);
      page.getCOSObject().setInt(COSName.STRUCT_PARENTS, pages);
      parents.add(COSInteger.get(pages));
      parents.add(new COSArray(List.of(paragraph)));
      pages++;
    }

    void finish() {
      PDNumberTreeNode parentTree = new PDNumberTreeNode(PDStructureElement.class);
      parentTree.getCOSObject().setItem(COSName.NUMS, parents);
      root.setParentTree(parentTree);
      root.setParentTreeNextKey(pages);
    }
  }

  /** The JDK's own profiles: ICC version 2 display profiles, as PDF/A-1 accepts. */
  private static PDOutputIntent outputIntent(PDDocument document, OutputIntent kind)
      throws IOException {
    boolean srgb = kind == OutputIntent.SRGB;
    byte[] profile =
        ICC_Profile.getInstance(srgb ? ColorSpace.CS_sRGB : ColorSpace.CS_GRAY).getData();
    String name = srgb ? "sRGB IEC61966-2.1" : "Gray (JDK)";
    PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(profile));
    intent.setInfo(name);
    intent.setOutputCondition(name);
    intent.setOutputConditionIdentifier(srgb ? name : "Custom");
    intent.setRegistryName("http://www.color.org");
    return intent;
  }

  /**
   * XMP with the PDF/A identification and the title. The document information dictionary stays
   * empty, so there is nothing it could contradict.
   */
  private static PDMetadata metadata(PDDocument document, Flavour flavour) throws IOException {
    String xmp =
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
            + "<pdfaid:part>"
            + flavour.part()
            + "</pdfaid:part>\n"
            + "<pdfaid:conformance>"
            + flavour.conformance()
            + "</pdfaid:conformance>\n"
            + "</rdf:Description>\n"
            + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
            + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
            + TITLE
            + "</rdf:li></rdf:Alt></dc:title>\n"
            + "</rdf:Description>\n"
            + "</rdf:RDF>\n"
            + "</x:xmpmeta>\n"
            + "<?xpacket end=\"w\"?>";
    PDMetadata metadata = new PDMetadata(document);
    metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
    return metadata;
  }

  /** An XML file associated with the document as its data source (PDF/A-3, 6.8). */
  private static void attachInvoiceXml(PDDocument document) throws IOException {
    byte[] xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><invoice><total>42.00</total></invoice>"
            .getBytes(StandardCharsets.UTF_8);
    PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(xml));
    embedded.setSubtype("text/xml");
    embedded.setSize(xml.length);
    Calendar modified = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    embedded.setModDate(modified);
    PDComplexFileSpecification file = new PDComplexFileSpecification();
    file.setFile("invoice.xml");
    file.setFileUnicode("invoice.xml");
    file.setFileDescription("The invoice's data");
    file.setEmbeddedFile(embedded);
    file.setEmbeddedFileUnicode(embedded);
    file.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
    PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
    files.setNames(Map.of("invoice.xml", file));
    PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
    names.setEmbeddedFiles(files);
    document.getDocumentCatalog().setNames(names);
    COSArray associated = new COSArray(List.of(file));
    document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), associated);
  }
}
