package dev.fusejet.job;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The state directory: {@code service.json} (the next job id), and per job a folder {@code
 * jobs/NNNNNN/} with {@code job.json} (the journaled {@link JobRecord}), the spooled documents
 * {@code document-N.EXT} and what the device wrote (sheet records, ink use, previews). Every file
 * that must survive a crash is written to a temporary name, forced to disk, renamed over the old
 * one and its directory forced, so a reader sees the old or the new file, never a part.
 */
final class Journal {
  static final String JOBS = "jobs";
  static final String JOB_FILE = "job.json";
  static final String SERVICE_FILE = "service.json";

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private final Path root;

  Journal(Path root) throws IOException {
    this.root = root;
    Files.createDirectories(root.resolve(JOBS));
  }

  Path root() {
    return root;
  }

  /** The folder of job {@code id}. */
  Path folder(int id) {
    return root.resolve(JOBS).resolve(folderName(id));
  }

  /** A job's folder name: its id with six digits at least ({@code 000042}). */
  static String folderName(int id) {
    String digits = Integer.toString(id);
    return digits.length() >= 6 ? digits : "000000".substring(digits.length()) + digits;
  }

  /** Service state: the next job id. */
  record ServiceState(int nextId) {}

  ServiceState service() throws IOException {
    Path f = root.resolve(SERVICE_FILE);
    return Files.exists(f) ? JSON.readValue(f.toFile(), ServiceState.class) : new ServiceState(1);
  }

  void writeService(ServiceState s) throws IOException {
    writeAtomically(root.resolve(SERVICE_FILE), JSON.writeValueAsBytes(s));
  }

  /** Journals {@code job} atomically. */
  void write(JobRecord job) throws IOException {
    Path dir = folder(job.id());
    Files.createDirectories(dir);
    writeAtomically(
        dir.resolve(JOB_FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(job));
  }

  /**
   * Every journaled job, by id; with {@code clean}, folders without a journal (a crash while a job
   * was created) are removed.
   */
  List<JobRecord> load(boolean clean) throws IOException {
    List<JobRecord> jobs = new ArrayList<>();
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root.resolve(JOBS))) {
      for (Path d : dirs) {
        Path f = d.resolve(JOB_FILE);
        if (Files.exists(f)) {
          jobs.add(JSON.readValue(f.toFile(), JobRecord.class));
        } else if (clean && Files.isDirectory(d)) {
          delete(d);
        }
      }
    }
    jobs.sort(Comparator.comparingInt(JobRecord::id));
    return jobs;
  }

  /**
   * Spools {@code data} to {@code target}: written to a temporary name, forced, renamed, the
   * directory forced. Returns the bytes written. On failure nothing is left behind.
   */
  static long spool(InputStream data, Path target) throws IOException {
    Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
    long n;
    boolean interrupted = Thread.interrupted();
    try {
      try (FileOutputStream out = new FileOutputStream(tmp.toFile())) {
        n = data.transferTo(out);
        out.getFD().sync();
      }
      move(tmp, target);
      target.toFile().setReadOnly();
      return n;
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Writes {@code bytes} to {@code target} atomically and durably. */
  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
    // an interrupt would close the channels mid-write: hold it until the file is safe
    boolean interrupted = Thread.interrupted();
    try {
      try (OutputStream out = new FileOutputStream(tmp.toFile())) {
        out.write(bytes);
        ((FileOutputStream) out).getFD().sync();
      }
      move(tmp, target);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    forceDirectory(target.getParent());
  }

  /** Forces a directory's entries to disk (where the platform allows opening a directory). */
  static void forceDirectory(Path dir) throws IOException {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
        throw e;
      }
    }
  }

  /** Removes a folder and everything in it. */
  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        p.toFile().setWritable(true);
        Files.deleteIfExists(p);
      }
    }
  }
}
