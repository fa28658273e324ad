package dev.fusejet.device;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The per-sheet records of a job folder: {@value #JSON_LINES} (one JSON object a line, appended and
 * forced to disk as each sheet is delivered: a sheet is delivered exactly when its line is on disk)
 * and {@value #CSV} (the same as a table). A crash can leave a torn last line; {@link #read}
 * ignores it and {@link #repair} removes it.
 */
public final class SheetRecords {

  /** The JSON lines file in a job folder. */
  public static final String JSON_LINES = "sheets.jsonl";

  /** The CSV file in a job folder. */
  public static final String CSV = "sheets.csv";

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private static final String HEADER =
      "job,sheet,document,page,copy,source,medium,canceled,mode,set_point_C,speed_m_s,ink_mL,"
          + "load_mean_mL_m2,load_max_mL_m2,surface_entry_C,surface_min_C,dwell_s,"
          + "claimed_sintering_C_s,claimed_melting_C_s,heat_margin_C_s,melt_margin_C_s,gloss60_GU,"
          + "melt_fraction,blister_risk,blister,compliant,head_time_s,fed_at_s,delivered_at_s,"
          + "fuser_action,feed_delay_s,fuser_reason";

  private SheetRecords() {}

  /** One record as its JSON line (no newline). */
  public static String toJson(SheetRecord r) {
    try {
      return JSON.writeValueAsString(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The record of a JSON line. */
  public static SheetRecord fromJson(String line) throws IOException {
    return JSON.readValue(line, SheetRecord.class);
  }

  /**
   * Appends {@code r} to the folder's files; the JSON line is forced to disk before this returns.
   */
  static void append(Path folder, SheetRecord r) throws IOException {
    Path csv = folder.resolve(CSV);
    boolean header = !Files.exists(csv);
    try (FileOutputStream out = new FileOutputStream(folder.resolve(JSON_LINES).toFile(), true)) {
      out.write((toJson(r) + "\n").getBytes(StandardCharsets.UTF_8));
      out.getFD().sync();
    }
    try (FileOutputStream out = new FileOutputStream(csv.toFile(), true)) {
      out.write(
          ((header ? HEADER + "\n" : "") + csvLine(r) + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The records in a folder, in order, without a torn last line; empty when there is none. */
  public static List<SheetRecord> read(Path folder) throws IOException {
    Path file = folder.resolve(JSON_LINES);
    List<SheetRecord> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int start = 0;
    for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      out.add(fromJson(text.substring(start, nl)));
      start = nl + 1;
    }
    return out; // text after the last newline is a line cut short by a crash
  }

  /**
   * Rewrites the folder's files from its complete JSON lines, dropping a torn last line, and
   * returns the records.
   */
  public static List<SheetRecord> repair(Path folder) throws IOException {
    List<SheetRecord> records = read(folder);
    Path file = folder.resolve(JSON_LINES);
    if (!Files.exists(file)) {
      return records;
    }
    StringBuilder json = new StringBuilder();
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (SheetRecord r : records) {
      json.append(toJson(r)).append('\n');
      csv.append(csvLine(r)).append('\n');
    }
    if (json.length() != Files.size(file)) {
      Files.writeString(file, json, StandardCharsets.UTF_8);
    }
    Files.writeString(folder.resolve(CSV), csv, StandardCharsets.UTF_8);
    return records;
  }

  /** One record as a CSV row (volumes in mL and mL/m²). */
  static String csvLine(SheetRecord r) {
    return String.join(
        ",",
        Integer.toString(r.job()),
        Integer.toString(r.sheet()),
        quote(r.document()),
        Integer.toString(r.page()),
        Integer.toString(r.copy()),
        quote(r.source()),
        quote(r.medium()),
        Boolean.toString(r.canceled()),
        r.mode().label(),
        num(r.setPointTemperature()),
        num(r.speed()),
        num(r.totalInk() * 1e6),
        num(r.loadMean() * 1e6),
        num(r.loadMax() * 1e6),
        num(r.surfaceEntry()),
        num(r.surfaceMinimum()),
        num(r.dwell()),
        num(r.claimedSintering()),
        num(r.claimedMelting()),
        num(r.heatMargin()),
        num(r.meltMargin()),
        num(r.gloss60()),
        num(r.meltFraction()),
        num(r.blisterRisk()),
        Boolean.toString(r.blister()),
        Boolean.toString(r.compliant()),
        num(r.headTime()),
        num(r.fedAt()),
        num(r.deliveredAt()),
        r.fuserAction(),
        num(r.feedDelay()),
        quote(r.fuserReason()));
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
