package dev.fusejet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The output directory of {@code rip}. A run writes into a hidden work directory inside it and,
 * only when it succeeds, replaces every file a run owns there ({@code summary.txt}, {@code
 * sheet-NNNN.fjhd}, {@code sheet-NNNN-INK.png}, {@code sheet-NNNN-proof.png}) with its own; a
 * failed run leaves the directory as it was. Other files in the directory are never touched.
 */
final class RunDirectory {
  private RunDirectory() {}

  /** The names a run owns in its output directory. */
  static final Pattern OWNED =
      Pattern.compile("summary\\.txt|sheet-\\d{4,}(-[a-z0-9-]+\\.png|\\.fjhd)");

  /**
   * Creates {@code output} if needed and a work directory inside it.
   *
   * @throws UncheckedIOException naming the path and the problem
   */
  static Path start(Path output) {
    try {
      Files.createDirectories(output);
    } catch (FileAlreadyExistsException e) {
      throw Outputs.cannotWrite(output, "it exists and is not a directory");
    } catch (IOException e) {
      throw Outputs.cannotWrite(output, Outputs.reason(e));
    }
    if (!Files.isWritable(output)) {
      throw Outputs.cannotWrite(output, "permission denied");
    }
    try {
      return Files.createTempDirectory(output, ".rip-");
    } catch (IOException e) {
      throw Outputs.cannotWrite(output, Outputs.reason(e));
    }
  }

  /** Removes the files a run owns from {@code output}, then moves the work directory's in. */
  static void commit(Path work, Path output) throws IOException {
    try (DirectoryStream<Path> old = Files.newDirectoryStream(output)) {
      for (Path p : old) {
        if (Files.isRegularFile(p) && OWNED.matcher(p.getFileName().toString()).matches()) {
          Files.delete(p);
        }
      }
    }
    try (DirectoryStream<Path> made = Files.newDirectoryStream(work)) {
      for (Path p : made) {
        Files.move(p, output.resolve(p.getFileName()), StandardCopyOption.ATOMIC_MOVE);
      }
    }
  }

  /** Deletes the work directory and whatever is left in it. */
  static void discard(Path work) {
    if (!Files.exists(work)) {
      return;
    }
    try (Stream<Path> all = Files.walk(work)) {
      all.sorted(Comparator.reverseOrder()).forEach(Outputs::deleteQuietly);
    } catch (IOException e) {
      // a left-over hidden work directory is harmless; the run's result stands
    }
  }
}
