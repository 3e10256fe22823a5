package org.paraph.seals.infrastructure.annotation;

import jakarta.enterprise.context.ApplicationScoped;
import org.paraph.seals.domain.AnnotationPreviews;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.SealOptions;

/** The application's {@link AnnotationPreviews}: {@link AnnotationPreview} rendered by PDFBox. */
@ApplicationScoped
public class AnnotationPreviewRenderer implements AnnotationPreviews {

  @Override
  public byte[] png(SealOptions options, Placement box) {
    return AnnotationPreview.png(options, box);
  }
}
