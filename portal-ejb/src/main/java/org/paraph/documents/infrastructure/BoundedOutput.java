package org.paraph.documents.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import org.paraph.documents.domain.PdfTooComplexException;

/** Counts what passes, keeps it when told where, and refuses to go past the limit. */
final class BoundedOutput extends OutputStream {

  private final OutputStream kept;
  private final long limit;
  long written;

  BoundedOutput(OutputStream kept, long limit) {
    this.kept = kept;
    this.limit = limit;
  }

  @Override
  public void write(int b) throws IOException {
    advance(1);
    if (kept != null) {
      kept.write(b);
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    advance(length);
    if (kept != null) {
      kept.write(bytes, offset, length);
    }
  }

  private void advance(int length) {
    written += length;
    if (written > limit) {
      throw PdfTooComplexException.decodedTooLarge(limit);
    }
  }

  @Override
  public void flush() throws IOException {
    if (kept != null) {
      kept.flush();
    }
  }
}
