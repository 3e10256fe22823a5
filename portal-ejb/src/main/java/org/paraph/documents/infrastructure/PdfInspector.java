package org.paraph.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.paraph.documents.domain.InvalidDocumentException;
import org.paraph.documents.domain.PageNotFoundException;
import org.paraph.documents.domain.PageSize;
import org.paraph.documents.domain.PdfReader;
import org.paraph.documents.domain.PdfSummary;
import org.paraph.documents.domain.PdfTooComplexException;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/**
 * Reads uploaded PDFs with PDFBox: refuses what cannot be sealed and describes the rest. Stateless
 * and thread-safe. The bean the application injects as its {@link PdfReader} has the configured
 * limits; the sealing engine makes its own.
 */
@ApplicationScoped
public class PdfInspector implements PdfReader {

  /** ISO 32000 lets readers accept a header preceded by junk; Acrobat looks in the first 1 KB. */
  private static final int HEADER_SEARCH_LIMIT = 1024;

  private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private static final float MAX_PREVIEW_DPI = 600;

  /** Keeps a preview of a poster-sized page from taking hundreds of megabytes of heap. */
  private static final int MAX_PREVIEW_PIXELS_PER_SIDE = 5000;

  private final PdfDecodingLimits limits;

  /** An inspector with the configured limits ({@link PdfDecodingLimits#configured()}). */
  public PdfInspector() {
    this(PdfDecodingLimits.configured());
  }

  /**
   * @param limits what reading a document may cost: decoded bytes, image size, preview time
   */
  public PdfInspector(PdfDecodingLimits limits) {
    this.limits = limits;
  }

  /**
   * Summarises a PDF: its pages as displayed and whether it is already signed.
   *
   * @throws InvalidDocumentException when the file is empty, not a PDF, encrypted or unreadable
   * @throws PdfTooComplexException when its content decodes past the limits
   */
  @Override
  public PdfSummary inspect(byte[] pdf) {
    try (PDDocument document = open(pdf)) {
      return summarise(document);
    } catch (IOException e) {
      throw unreadable(e);
    } catch (RuntimeException e) {
      throw asUnreadable(e);
    }
  }

  /**
   * What a caller does with a document that passed the inspection.
   *
   * @param <T> what it makes of it
   */
  @FunctionalInterface
  public interface DocumentUse<T> {
    T apply(PDDocument document, PdfSummary summary) throws IOException;
  }

  /**
   * Inspects a PDF as {@link #inspect} does and hands the parsed document to {@code use}, so that a
   * caller needing more than the summary (the sealer) parses the file once, not twice. The document
   * is closed when {@code use} returns; a {@code PortalException} from it passes through, other
   * failures are reported as an unreadable document.
   *
   * @throws InvalidDocumentException when the file is empty, not a PDF, encrypted or unreadable
   * @throws PdfTooComplexException when its content decodes past the limits
   */
  public <T> T withDocument(byte[] pdf, DocumentUse<T> use) {
    try (PDDocument document = open(pdf)) {
      return use.apply(document, summarise(document));
    } catch (IOException e) {
      throw unreadable(e);
    } catch (RuntimeException e) {
      throw asUnreadable(e);
    }
  }

  /**
   * Renders one page as a PNG image, as a viewer would display it (crop box, rotation applied). A
   * pixel at (px, py) of the image is the point (px * 72 / dpi, py * 72 / dpi) of a {@code
   * Placement}, unless the page is so large that the resolution had to be lowered: compare the
   * image width with the page width to know the actual scale.
   *
   * @param page 1-based page number
   * @param dpi resolution, at most 600; 72 gives one pixel per point
   * @throws PageNotFoundException when the document has no such page
   * @throws PdfTooComplexException when its content decodes past the limits, or the page takes
   *     longer than the limit to draw
   */
  @Override
  public byte[] renderPagePng(byte[] pdf, int page, float dpi) {
    if (!(dpi > 0) || dpi > MAX_PREVIEW_DPI) {
      throw new IllegalArgumentException("dpi must be in (0, " + MAX_PREVIEW_DPI + "]: " + dpi);
    }
    try (PDDocument document = open(pdf)) {
      int pageCount = document.getNumberOfPages();
      if (page < 1 || page > pageCount) {
        throw new PageNotFoundException(page, pageCount);
      }
      PageSize size = displayedSize(document.getPage(page - 1));
      float longestSide = Math.max(size.width(), size.height());
      float effectiveDpi = Math.min(dpi, MAX_PREVIEW_PIXELS_PER_SIDE * 72f / longestSide);
      PDFRenderer renderer = new TimedRenderer(document, page, limits.previewTimeLimit());
      // A preview never needs an image's full resolution; reading it subsampled keeps a large
      // scan from taking its full size in memory.
      renderer.setSubsamplingAllowed(true);
      BufferedImage image = renderer.renderImageWithDPI(page - 1, effectiveDpi, ImageType.RGB);
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      return png.toByteArray();
    } catch (IOException e) {
      throw unreadable(e);
    } catch (RuntimeException e) {
      throw asUnreadable(e);
    }
  }

  /**
   * Draws pages, and gives up when a page takes longer than the limit: a page can hold millions of
   * operators or patterns that are cheap to store and slow to draw. The time is checked between
   * operators, so one operator (an image) runs to its end; its cost is bounded by the decoding
   * limits.
   */
  private static final class TimedRenderer extends PDFRenderer {

    private final int page;
    private final Duration limit;
    private final long deadline;

    TimedRenderer(PDDocument document, int page, Duration limit) {
      super(document);
      this.page = page;
      this.limit = limit;
      this.deadline = System.nanoTime() + limit.toNanos();
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
      return new PageDrawer(parameters) {
        @Override
        protected void processOperator(Operator operator, List<COSBase> operands)
            throws IOException {
          if (System.nanoTime() - deadline > 0) {
            throw PdfTooComplexException.tooSlowToDraw(page, limit.toSeconds());
          }
          super.processOperator(operator, operands);
        }
      };
    }
  }

  private PDDocument open(byte[] pdf) throws IOException {
    if (pdf == null || pdf.length == 0) {
      throw InvalidDocumentException.empty();
    }
    if (!hasPdfHeader(pdf)) {
      throw InvalidDocumentException.notAPdf();
    }
    PDDocument document;
    try {
      document = PdfLoading.load(pdf, limits);
    } catch (InvalidPasswordException e) {
      throw InvalidDocumentException.encrypted(e);
    }
    try {
      requireSealable(document);
      return document;
    } catch (RuntimeException e) {
      closeAfterFailure(document, e);
      throw e;
    }
  }

  private static void requireSealable(PDDocument document) {
    // A document that opens with the empty user password is still encrypted (owner password,
    // permissions): sealing it would need its protection handled, so it is refused as well.
    if (document.isEncrypted()) {
      throw InvalidDocumentException.encrypted();
    }
    if (document.getNumberOfPages() == 0) {
      throw InvalidDocumentException.unreadable(
          ProblemText.of("problem.unreadable-pdf.no-pages"), null);
    }
  }

  private static void closeAfterFailure(PDDocument document, RuntimeException failure) {
    try {
      document.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  private static PdfSummary summarise(PDDocument document) {
    List<PageSize> pages = new ArrayList<>(document.getNumberOfPages());
    for (PDPage page : document.getPages()) {
      pages.add(displayedSize(page));
    }
    boolean signed = !document.getSignatureDictionaries().isEmpty();
    return new PdfSummary(pages, signed);
  }

  /** The crop box is what viewers show; a quarter turn swaps its width and height. */
  static PageSize displayedSize(PDPage page) {
    PDRectangle box = page.getCropBox();
    float width = Math.abs(box.getWidth());
    float height = Math.abs(box.getHeight());
    if (width == 0 || height == 0) {
      throw InvalidDocumentException.unreadable(
          ProblemText.of("problem.unreadable-pdf.empty-page-box"), null);
    }
    return quarterTurned(page.getRotation())
        ? new PageSize(height, width)
        : new PageSize(width, height);
  }

  private static boolean quarterTurned(int rotation) {
    int normalised = Math.floorMod(rotation, 360);
    return normalised == 90 || normalised == 270;
  }

  private static boolean hasPdfHeader(byte[] pdf) {
    int last = Math.min(pdf.length, HEADER_SEARCH_LIMIT) - PDF_HEADER.length;
    for (int start = 0; start <= last; start++) {
      if (matchesHeaderAt(pdf, start)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesHeaderAt(byte[] pdf, int start) {
    for (int i = 0; i < PDF_HEADER.length; i++) {
      if (pdf[start + i] != PDF_HEADER[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * PDFBox reports some malformations of untrusted input as runtime exceptions (class casts, bad
   * numbers, missing objects) rather than IOExceptions; they still mean "this file is damaged".
   */
  private static RuntimeException asUnreadable(RuntimeException e) {
    if (e instanceof PortalException) {
      return e;
    }
    return unreadable(e);
  }

  /** Unreadable, unless a bound on decoding stopped the reading: then too complex. */
  private static PortalException unreadable(Exception e) {
    return PdfTooComplexException.foundIn(e)
        .<PortalException>map(tooComplex -> tooComplex)
        .orElseGet(() -> InvalidDocumentException.unreadable(describe(e), e));
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
