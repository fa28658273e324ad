package dev.fusejet.plot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The temporary file an output is written to before it is renamed over its final name, so that an
 * interrupted or failed write never leaves a half-written file under that name.
 */
public final class PartFile {
  private PartFile() {}

  /**
   * Creates an empty, uniquely named {@code .part} file beside {@code file} (in {@code dir}, the
   * absolute parent of {@code file}) with the permissions an ordinary new file gets (the process'
   * umask), unlike {@link Files#createTempFile}, whose owner-only mode would carry over to the
   * finished file on rename.
   */
  public static Path beside(Path dir, Path file) throws IOException {
    return Files.createFile(
        dir.resolve(
            "."
                + file.getFileName()
                + "."
                + ProcessHandle.current().pid()
                + "."
                + System.nanoTime()
                + ".part"));
  }
}
