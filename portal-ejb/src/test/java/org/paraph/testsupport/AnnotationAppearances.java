package org.paraph.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads back what the visible signature widgets of a PDF show: their normal appearances' text, as a
 * text extractor (and so a screen reader or a search) finds it, and the fonts they use.
 */
public final class AnnotationAppearances {

  private AnnotationAppearances() {}

  /**
   * The text of every visible widget's appearance, extracted by drawing each appearance on a page
   * of its own (the extractor reads page content only, never annotations).
   */
  public static String text(byte[] pdf) {
    try (PDDocument sealed = Loader.loadPDF(pdf);
        PDDocument pages = new PDDocument()) {
      for (PDAppearanceStream appearance : appearances(sealed)) {
        PDRectangle box = appearance.getBBox();
        PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
        pages.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pages, page)) {
          content.drawForm(appearance);
        }
      }
      return new PDFTextStripper().getText(pages);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base names of the fonts the visible widgets' appearances use, nested forms included. */
  public static List<String> fontNames(byte[] pdf) {
    try (PDDocument sealed = Loader.loadPDF(pdf)) {
      List<String> names = new ArrayList<>();
      for (PDAppearanceStream appearance : appearances(sealed)) {
        collectFontNames(appearance.getResources(), names);
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<PDAppearanceStream> appearances(PDDocument document) throws IOException {
    List<PDAppearanceStream> appearances = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      for (PDAnnotation annotation : page.getAnnotations()) {
        PDRectangle rect = annotation.getRectangle();
        if (annotation instanceof PDAnnotationWidget
            && rect != null
            && rect.getWidth() > 0
            && annotation.getNormalAppearanceStream() != null) {
          appearances.add(annotation.getNormalAppearanceStream());
        }
      }
    }
    return appearances;
  }

  private static void collectFontNames(PDResources resources, List<String> names)
      throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      names.add(font.getName());
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDFormXObject form) {
        collectFontNames(form.getResources(), names);
      }
    }
  }
}
