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
 * failed run leaves the directory as it was: one it was given stays with its files untouched, one
 * it created (with any parents it created) is removed again. Other files in the directory are never
 * touched.
 */
final class RunDirectory implements AutoCloseable {
  /** The names a run owns in its output directory. */
  static final Pattern OWNED =
      Pattern.compile("summary\\.txt|sheet-\\d{4,}(-[a-z0-9-]+\\.png|\\.fjhd)");

  private final Path output;
  private final Path work;

  /** The outermost directory this run created on the way to {@code output}, or null. */
  private final Path created;

  private boolean committed;

  private RunDirectory(Path output, Path work, Path created) {
    this.output = output;
    this.work = work;
    this.created = created;
  }

  /**
   * Creates {@code output} (and missing parents) if needed and a work directory inside it.
   *
   * @throws UncheckedIOException naming the path and the problem; then nothing is left created
   */
  static RunDirectory start(Path output) {
    Path created = outermostMissing(output.toAbsolutePath().normalize());
    try {
      Files.createDirectories(output);
    } catch (FileAlreadyExistsException e) {
      removeCreated(output, created);
      throw Outputs.cannotWrite(output, "it exists and is not a directory");
    } catch (IOException e) {
      removeCreated(output, created);
      throw Outputs.cannotCreateDirectory(output, e);
    }
    if (!Files.isWritable(output)) {
      removeCreated(output, created);
      throw Outputs.cannotWrite(output, "permission denied");
    }
    try {
      return new RunDirectory(output, Files.createTempDirectory(output, ".rip-"), created);
    } catch (IOException e) {
      removeCreated(output, created);
      throw Outputs.cannotWrite(output, Outputs.reason(e));
    }
  }

  /** The hidden work directory the run writes its files into. */
  Path work() {
    return work;
  }

  /** Removes the files a run owns from the output directory, then moves the work directory's in. */
  void commit() throws IOException {
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
    committed = true;
  }

  /**
   * Deletes the work directory and whatever is left in it; without a {@link #commit}, also the
   * directories this run created.
   */
  @Override
  public void close() {
    if (Files.exists(work)) {
      try (Stream<Path> all = Files.walk(work)) {
        all.sorted(Comparator.reverseOrder()).forEach(Outputs::deleteQuietly);
      } catch (IOException e) {
        // a left-over hidden work directory is harmless; the run's result stands
      }
    }
    if (!committed) {
      removeCreated(output, created);
    }
  }

  /** The outermost ancestor-or-self of {@code dir} (absolute) that does not exist, or null. */
  private static Path outermostMissing(Path dir) {
    Path missing = null;
    for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
      missing = p;
    }
    return missing;
  }

  /** Deletes {@code output} and its parents up to {@code created}, each only while empty. */
  private static void removeCreated(Path output, Path created) {
    if (created == null) {
      return;
    }
    for (Path p = output.toAbsolutePath().normalize();
        p != null && p.startsWith(created);
        p = p.getParent()) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        return; // not empty (someone else wrote there) or not ours to remove: leave it
      }
    }
  }
}
