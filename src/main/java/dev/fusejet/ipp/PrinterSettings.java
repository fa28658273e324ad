package dev.fusejet.ipp;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * What identifies the printer and what the administrator may change with Set-Printer-Attributes:
 * {@code printer-uuid} (made once, kept for good), {@code printer-location}, {@code printer-info},
 * {@code printer-organization}, {@code printer-organizational-unit}, {@code printer-geo-location}.
 * Kept in {@code printer.properties} in the state directory, written atomically on each change.
 * Thread-safe.
 */
final class PrinterSettings {

  /**
   * The attributes Set-Printer-Attributes may change ({@code
   * printer-settable-attributes-supported}).
   */
  static final List<String> SETTABLE =
      List.of(
          "printer-location",
          "printer-info",
          "printer-organization",
          "printer-organizational-unit",
          "printer-geo-location");

  private final Path file;
  private final Map<String, String> values = new LinkedHashMap<>();
  private Instant changed;

  /**
   * Loads the settings from {@code stateDir}, seeding absent ones from {@code options}; {@code now}
   * (the printer's clock) is when they last changed.
   */
  PrinterSettings(Path stateDir, ServeOptions options, Instant now) {
    this.file = stateDir.resolve("printer.properties");
    Properties p = new Properties();
    if (Files.isRegularFile(file)) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    values.put("printer-uuid", p.getProperty("printer-uuid", "urn:uuid:" + UUID.randomUUID()));
    values.put("printer-location", p.getProperty("printer-location", options.location()));
    values.put("printer-info", p.getProperty("printer-info", options.info()));
    values.put(
        "printer-organization", p.getProperty("printer-organization", options.organization()));
    values.put("printer-organizational-unit", p.getProperty("printer-organizational-unit", ""));
    values.put(
        "printer-geo-location", p.getProperty("printer-geo-location", options.geoLocation()));
    changed = now;
    save();
  }

  synchronized String get(String name) {
    return values.getOrDefault(name, "");
  }

  /** When a setting last changed (printer-config-change-time). */
  synchronized Instant changed() {
    return changed;
  }

  /** Sets {@code changes} (names of {@link #SETTABLE}) at {@code now} and saves. */
  synchronized void set(Map<String, String> changes, Instant now) {
    values.putAll(changes);
    changed = now;
    save();
  }

  private void save() {
    Properties p = new Properties();
    p.putAll(values);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "printer", ".tmp");
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        p.store(w, "fusejet printer settings (Set-Printer-Attributes)");
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
