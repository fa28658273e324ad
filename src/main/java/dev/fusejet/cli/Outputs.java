package dev.fusejet.cli;

import dev.fusejet.plot.PartFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The commands' output files: checked before any work is done, written under a temporary name and
 * renamed on success, so that a failed run leaves neither half-written files nor output from an
 * earlier run that looks like this one's. Failures are one-line {@link UncheckedIOException}s
 * naming the path and the problem, which the command line reports with exit status 1.
 */
final class Outputs {
  private Outputs() {}

  /**
   * Fails unless {@code file} can be created or replaced: its directory exists and is writable, and
   * the file, if present, is a regular writable file.
   */
  static void requireWritable(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
      throw cannotWrite(file, dir + " is a file, not a directory");
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw cannotWrite(file, "no such directory " + dir);
    }
    if (Files.isDirectory(file)) {
      throw cannotWrite(file, "it is a directory");
    }
    if (!Files.isWritable(dir) || (Files.exists(file) && !Files.isWritable(file))) {
      throw cannotWrite(file, "permission denied");
    }
  }

  /** Writes text (UTF-8) to a temporary file beside {@code file}, then renames it over it. */
  static void writeString(Path file, CharSequence text) {
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      tmp = PartFile.beside(dir, file);
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      tmp = null;
    } catch (IOException e) {
      // before the temporary file exists, the JDK's exception names it, not the user's file
      throw cannotWrite(
          file,
          tmp == null ? "cannot create a file in " + dir + " (" + problem(e) + ")" : reason(e));
    } finally {
      deleteQuietly(tmp);
    }
  }

  /** Deletes a file if it exists, ignoring failure (for temporary files after an error). */
  static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // Best effort: the name is a dot-file beside the output.
      }
    }
  }

  static UncheckedIOException cannotWrite(Path file, String why) {
    return new UncheckedIOException(
        "cannot write " + file + ": " + why, new IOException(file + ": " + why));
  }

  /**
   * Why {@code dir} (and its missing parents) could not be created, without repeating the path the
   * message names already: "cannot create the directory (no such file or directory)".
   */
  static UncheckedIOException cannotCreateDirectory(Path dir, IOException e) {
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return cannotWrite(dir, "it exists and is not a directory");
    }
    return cannotWrite(dir, "cannot create the directory (" + problem(e) + ")");
  }

  /** {@link #reason} without the file the exception names. */
  private static String problem(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    return reason(e);
  }

  /** The problem behind an I/O failure in words, without the stack of exception names. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException n) {
      return "no such file or directory" + (n.getFile() == null ? "" : " " + n.getFile());
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
