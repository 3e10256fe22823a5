import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jboss.jandex.IndexWriter;
import org.jboss.jandex.Indexer;

/**
 * Gives every library jar in the EAR's {@code lib/}, the EJB module, the web module's libraries and
 * its classes their Jandex index ({@code META-INF/jandex.idx}). WildFly reads such an index instead
 * of scanning the jar's classes for annotations, which it otherwise does for each of the portal's
 * 120 libraries at every start (about 3 of the 25 seconds a start took). Run by the build on the
 * packaged EAR, before the server is provisioned with it, as a single-file program: {@code java
 * -cp jandex.jar IndexLibraries.java paraph.ear}. The Jandex version is WildFly's own, so that the server reads the index it writes.
 *
 * <p>Each jar keeps its entries, bytes and order: a signed jar (BouncyCastle) stays signed, the
 * index being an entry its signature does not cover. A jar that already has an index is left as it
 * is.
 */
public final class IndexLibraries {

  private static final String INDEX = "META-INF/jandex.idx";

  /** Class files Jandex could not read, named in the build's output. */
  private static int unreadable;

  public static void main(String[] args) throws IOException {
    Path ear = Path.of(args[0]);
    Path rewritten = ear.resolveSibling(ear.getFileName() + ".indexing");
    int indexed = 0;
    long started = System.nanoTime();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(ear));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rewritten))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if ((isLibrary(entry) || isModule(entry, ".jar")) && !hasIndex(content)) {
          content = withIndex(content);
          indexed++;
        } else if (isModule(entry, ".war")) {
          content = withIndexedWebModule(content);
          indexed++;
        }
        copy(entry, content, out);
      }
    }
    Files.move(rewritten, ear, StandardCopyOption.REPLACE_EXISTING);
    // Standard output is what the build shows of a program it runs.
    System.out.printf(
        "Indexed %d libraries and modules of %s in %d ms (%d class files unreadable, left out as"
            + " WildFly's scan leaves them)%n",
        indexed, ear.getFileName(), (System.nanoTime() - started) / 1_000_000, unreadable);
  }

  private static boolean isLibrary(ZipEntry entry) {
    String name = entry.getName();
    return name.startsWith("lib/") && name.endsWith(".jar") && name.indexOf('/', 4) < 0;
  }

  /** The EJB module and the web module: top-level archives of the EAR. */
  private static boolean isModule(ZipEntry entry, String extension) {
    String name = entry.getName();
    return name.endsWith(extension) && name.indexOf('/') < 0;
  }

  /**
   * The web module with an index for each library in {@code WEB-INF/lib} (PrimeFaces, OmniFaces)
   * and one for its own classes, which WildFly reads at {@code WEB-INF/classes/META-INF/}.
   */
  private static byte[] withIndexedWebModule(byte[] war) throws IOException {
    String classes = "WEB-INF/classes/";
    Indexer indexer = new Indexer();
    boolean classesIndexed = false;
    ByteArrayOutputStream result = new ByteArrayOutputStream(war.length + 256 * 1024);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(war));
        ZipOutputStream out = new ZipOutputStream(result)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        String name = entry.getName();
        if (name.equals(classes + INDEX)) {
          classesIndexed = true;
        } else if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar")) {
          content = hasIndex(content) ? content : withIndex(content);
        } else if (name.startsWith(classes) && name.endsWith(".class")) {
          index(indexer, content);
        }
        copy(entry, content, out);
      }
      if (!classesIndexed) {
        out.putNextEntry(new ZipEntry(classes + INDEX));
        new IndexWriter(new Unclosable(out)).write(indexer.complete());
        out.closeEntry();
      }
    }
    return result.toByteArray();
  }

  private static boolean hasIndex(byte[] jar) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().equals(INDEX)) {
          return true;
        }
      }
    }
    return false;
  }

  private static byte[] withIndex(byte[] jar) throws IOException {
    Indexer indexer = new Indexer();
    ByteArrayOutputStream result = new ByteArrayOutputStream(jar.length + 64 * 1024);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar));
        ZipOutputStream out = new ZipOutputStream(result)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (indexable(entry)) {
          index(indexer, content);
        }
        copy(entry, content, out);
      }
      out.putNextEntry(new ZipEntry(INDEX));
      new IndexWriter(new Unclosable(out)).write(indexer.complete());
      out.closeEntry();
    }
    return result.toByteArray();
  }

  /**
   * The classes WildFly would index itself: not those of other Java versions in a multi-release
   * jar, which would name the same classes twice.
   */
  private static boolean indexable(ZipEntry entry) {
    String name = entry.getName();
    return name.endsWith(".class") && !name.startsWith("META-INF/versions/");
  }

  private static void index(Indexer indexer, byte[] classFile) throws IOException {
    try (InputStream in = new ByteArrayInputStream(classFile)) {
      indexer.index(in);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // A class file Jandex cannot read is one WildFly's own scan would skip as well; counted.
      unreadable++;
    }
  }

  private static void copy(ZipEntry entry, byte[] content, ZipOutputStream out)
      throws IOException {
    ZipEntry copy = new ZipEntry(entry.getName());
    copy.setTime(entry.getTime());
    out.putNextEntry(copy);
    out.write(content);
    out.closeEntry();
  }

  /** The index writer closes what it writes to; the jar has more to write after it. */
  private static final class Unclosable extends java.io.FilterOutputStream {
    Unclosable(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
