package org.paraph.seals.infrastructure.placement;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.paraph.documents.domain.InvalidDocumentException;
import org.paraph.documents.domain.PageSize;
import org.paraph.documents.domain.PdfSummary;
import org.paraph.documents.infrastructure.PdfLoading;
import org.paraph.seals.domain.InvalidPlacementException;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.PlacementRequest;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealPlacements;
import org.paraph.seals.infrastructure.Failures;
import org.paraph.shared.domain.PortalException;

/**
 * Turns a {@link PlacementRequest} into the concrete placement of one document: finds the keyword's
 * first occurrence, or the signature field to fill and its box. Stateless and thread-safe; the
 * application's {@link SealPlacements}.
 */
@ApplicationScoped
public class PlacementResolver implements SealPlacements {

  private final KeywordLocator keywords = new KeywordLocator();

  /**
   * The options with the placement the request comes to on this document.
   *
   * @param pdf a document that passed {@link org.paraph.documents.infrastructure.PdfInspector}
   * @param summary its summary, from the inspector
   * @throws InvalidPlacementException {@code keyword-not-found}, {@code field-not-found} or {@code
   *     field-already-signed}
   */
  @Override
  public SealOptions resolve(
      byte[] pdf, PdfSummary summary, PlacementRequest request, SealOptions options) {
    Objects.requireNonNull(request, "request");
    if (request instanceof PlacementRequest.Invisible) {
      return options.withPlacement(null);
    }
    if (request instanceof PlacementRequest.AtCoordinates coordinates) {
      return options.withPlacement(coordinates.placement());
    }
    try (PDDocument document = PdfLoading.load(pdf)) {
      if (request instanceof PlacementRequest.AtKeyword keyword) {
        return options.withPlacement(atKeyword(document, summary, keyword));
      }
      PlacementRequest.InField field = (PlacementRequest.InField) request;
      return options.inField(field.name(), boxOfEmptyField(document, field.name()));
    } catch (IOException e) {
      // A bound on decoding may have stopped PDFBox from inside.
      throw Failures.portalCause(e)
          .orElseGet(() -> InvalidDocumentException.unreadable(Failures.describe(e), e));
    } catch (PortalException e) {
      throw e;
    } catch (RuntimeException e) {
      // PDFBox reports some damage of untrusted files as runtime exceptions.
      throw Failures.portalCause(e)
          .orElseGet(() -> InvalidDocumentException.unreadable(Failures.describe(e), e));
    }
  }

  /**
   * The box of the requested size with its top-left corner on the keyword's, moved left or up as
   * little as needed to stay on the page.
   */
  private Placement atKeyword(
      PDDocument document, PdfSummary summary, PlacementRequest.AtKeyword request)
      throws IOException {
    Placement keyword =
        keywords
            .locate(document, request.keyword())
            .orElseThrow(() -> InvalidPlacementException.keywordNotFound(request.keyword()));
    PageSize page = summary.page(keyword.page()).orElseThrow();
    float x = Math.max(0, Math.min(keyword.x(), page.width() - request.width()));
    float y = Math.max(0, Math.min(keyword.y(), page.height() - request.height()));
    return new Placement(keyword.page(), x, y, request.width(), request.height());
  }

  /**
   * The displayed box of the named empty signature field's widget, or {@code null} when the field
   * shows nowhere (no widget, an empty rectangle, or a widget on no page).
   */
  private static Placement boxOfEmptyField(PDDocument document, String name) throws IOException {
    PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
    PDField field = form == null ? null : form.getField(name);
    if (field == null) {
      throw InvalidPlacementException.fieldNotFound(name, emptySignatureFields(form));
    }
    if (!(field instanceof PDSignatureField signatureField)) {
      throw InvalidPlacementException.notASignatureField(name, emptySignatureFields(form));
    }
    if (signatureField.getSignature() != null) {
      throw InvalidPlacementException.fieldAlreadySigned(name);
    }
    List<PDAnnotationWidget> widgets = signatureField.getWidgets();
    if (widgets.isEmpty()) {
      return null;
    }
    PDAnnotationWidget widget = widgets.get(0);
    PDRectangle rectangle = widget.getRectangle();
    if (rectangle == null || rectangle.getWidth() <= 0 || rectangle.getHeight() <= 0) {
      return null;
    }
    int pageNumber = pageOf(document, widget);
    if (pageNumber < 1) {
      return null;
    }
    return PageGeometry.displayed(pageNumber, document.getPage(pageNumber - 1), rectangle);
  }

  private static List<String> emptySignatureFields(PDAcroForm form) {
    List<String> names = new ArrayList<>();
    if (form != null) {
      for (PDField field : form.getFieldTree()) {
        if (field instanceof PDSignatureField signature && signature.getSignature() == null) {
          names.add(field.getFullyQualifiedName());
        }
      }
    }
    return names;
  }

  /**
   * The 1-based number of the page showing the widget, or 0. The widget's /P entry is optional and
   * not always right, so the pages' annotation lists decide.
   */
  private static int pageOf(PDDocument document, PDAnnotationWidget widget) throws IOException {
    COSDictionary wanted = widget.getCOSObject();
    int number = 0;
    for (PDPage page : document.getPages()) {
      number++;
      for (PDAnnotation annotation : page.getAnnotations()) {
        if (annotation.getCOSObject() == wanted) {
          return number;
        }
      }
    }
    return 0;
  }
}
