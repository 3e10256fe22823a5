package org.paraph.seals.infrastructure.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * The fields of a document's interactive form, read from its COS objects so that the incremental
 * path works the same whether PDFBox or {@link PdfStructureReader} parsed them: their fully
 * qualified names, and whether a signature field locks others.
 */
final class FormFields {

  private static final COSName LOCK = COSName.getPDFName("Lock");
  private static final int MAX_DEPTH = 32;

  private final Set<String> names = new HashSet<>();
  private boolean locked;

  private FormFields() {}

  static FormFields of(COSDictionary catalog) {
    FormFields fields = new FormFields();
    COSDictionary form = catalog.getCOSDictionary(COSName.ACRO_FORM);
    COSArray roots = form == null ? null : form.getCOSArray(COSName.FIELDS);
    if (roots != null) {
      fields.walk(roots, "", 0, new ArrayList<>());
    }
    return fields;
  }

  private void walk(COSArray kids, String prefix, int depth, List<COSDictionary> path) {
    if (depth > MAX_DEPTH) {
      return;
    }
    for (int i = 0; i < kids.size(); i++) {
      COSBase kid = kids.getObject(i);
      if (!(kid instanceof COSDictionary field) || path.contains(field)) {
        continue;
      }
      String partial = field.getString(COSName.T);
      String name = partial == null ? prefix : prefix.isEmpty() ? partial : prefix + "." + partial;
      if (!name.isEmpty()) {
        names.add(name);
      }
      if (COSName.SIG.equals(field.getCOSName(COSName.FT)) && field.containsKey(LOCK)) {
        locked = true;
      }
      COSArray children = field.getCOSArray(COSName.KIDS);
      if (children != null) {
        path.add(field);
        walk(children, name, depth + 1, path);
        path.remove(path.size() - 1);
      }
    }
  }

  /** Whether a signature field carries a /Lock dictionary (FieldMDP). */
  boolean anyLocked() {
    return locked;
  }

  /** "{@code base}1", or the first "{@code base}N" no field is called, as PDFBox names fields. */
  String unusedName(String base) {
    int n = 1;
    while (names.contains(base + n)) {
      n++;
    }
    return base + n;
  }
}
