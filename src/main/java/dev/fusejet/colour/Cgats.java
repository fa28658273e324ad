package dev.fusejet.colour;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CGATS.17 / ANSI CGATS.5 data file in the form ArgyllCMS writes and reads ({@code .ti3}): a file
 * type line (e.g. {@code CTI3}), keyword lines, a data format (field names) and data rows. Only one
 * table is kept, the first.
 */
public final class Cgats {
  private final String type;
  private final Map<String, String> keywords;
  private final List<String> fields;
  private final List<String[]> rows;

  private Cgats(
      String type, Map<String, String> keywords, List<String> fields, List<String[]> rows) {
    this.type = type;
    this.keywords = keywords;
    this.fields = fields;
    this.rows = rows;
  }

  /** A new, empty table of this type (e.g. {@code CTI3}) with these fields. */
  public static Cgats create(String type, List<String> fields) {
    return new Cgats(type, new LinkedHashMap<>(), new ArrayList<>(fields), new ArrayList<>());
  }

  /**
   * Reads a CGATS text.
   *
   * @throws IOException when reading fails or the text is not CGATS (the message names the line)
   */
  public static Cgats read(Reader in) throws IOException {
    BufferedReader r = new BufferedReader(in);
    String type = null;
    Map<String, String> keywords = new LinkedHashMap<>();
    List<String> fields = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    String line;
    int number = 0;
    int state = 0; // 0 header, 1 format, 2 data, 3 done
    while ((line = r.readLine()) != null) {
      number++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      if (type == null) {
        type = t.split("\\s+", 2)[0];
        continue;
      }
      if (state == 3) {
        break;
      }
      switch (state) {
        case 0 -> {
          if (t.equals("BEGIN_DATA_FORMAT")) {
            state = 1;
          } else if (t.equals("BEGIN_DATA")) {
            state = 2;
          } else {
            String[] kv = t.split("\\s+", 2);
            if (!kv[0].equals("KEYWORD")
                && !kv[0].equals("NUMBER_OF_FIELDS")
                && !kv[0].equals("NUMBER_OF_SETS")) {
              keywords.put(kv[0], kv.length > 1 ? unquote(kv[1]) : "");
            }
          }
        }
        case 1 -> {
          if (t.equals("END_DATA_FORMAT")) {
            state = 0;
          } else {
            fields.addAll(List.of(t.split("\\s+", -1)));
          }
        }
        default -> {
          if (t.equals("END_DATA")) {
            state = 3;
          } else {
            String[] v = t.split("\\s+", -1);
            if (v.length != fields.size()) {
              throw new IOException(
                  "CGATS line "
                      + number
                      + ": "
                      + v.length
                      + " values where the data format has "
                      + fields.size()
                      + " fields");
            }
            for (int i = 0; i < v.length; i++) {
              v[i] = unquote(v[i]);
            }
            rows.add(v);
          }
        }
      }
    }
    if (type == null || fields.isEmpty() || state != 3) {
      throw new IOException(
          "not a complete CGATS file: "
              + (type == null
                  ? "empty"
                  : fields.isEmpty() ? "no BEGIN_DATA_FORMAT" : "no BEGIN_DATA .. END_DATA"));
    }
    return new Cgats(type, keywords, fields, rows);
  }

  private static String unquote(String s) {
    String t = s.strip();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")
        ? t.substring(1, t.length() - 1)
        : t;
  }

  /** The file type, e.g. {@code CTI3}. */
  public String type() {
    return type;
  }

  /** A keyword's value, or null. */
  public String keyword(String name) {
    return keywords.get(name);
  }

  /** Sets a keyword (kept in insertion order). */
  public Cgats keyword(String name, String value) {
    keywords.put(name, value);
    return this;
  }

  /** The field names, in order. */
  public List<String> fields() {
    return List.copyOf(fields);
  }

  /** Number of data rows. */
  public int size() {
    return rows.size();
  }

  /** Adds a data row (one value per field). */
  public void add(String... values) {
    if (values.length != fields.size()) {
      throw new IllegalArgumentException(
          values.length + " values for " + fields.size() + " fields " + fields);
    }
    rows.add(values.clone());
  }

  /** The value of {@code field} in row {@code row}. */
  public String value(int row, String field) {
    int i = fields.indexOf(field);
    if (i < 0) {
      throw new IllegalArgumentException("no field " + field + " in " + fields);
    }
    return rows.get(row)[i];
  }

  /** The value of {@code field} in row {@code row} as a number. */
  public double number(int row, String field) {
    return Double.parseDouble(value(row, field));
  }

  /**
   * The rows as patches: device values from the fields named by {@code COLOR_REP} (e.g. {@code
   * CMYK_XYZ} or {@code CMYK_LAB}: {@code CMYK_C} .. {@code CMYK_K}, percent), colour from {@code
   * XYZ_X/Y/Z} (percent of the white) or else {@code LAB_L/A/B}.
   */
  public List<Patch> patches() {
    String rep = keywords.getOrDefault("COLOR_REP", "CMYK_XYZ");
    String space = rep.indexOf('_') < 0 ? rep : rep.substring(0, rep.indexOf('_'));
    List<String> device = new ArrayList<>();
    for (int i = 0; i < space.length(); i++) {
      device.add(space + "_" + space.charAt(i));
    }
    boolean xyz = fields.contains("XYZ_X");
    List<Patch> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      double[] d = new double[device.size()];
      for (int i = 0; i < d.length; i++) {
        d[i] = number(r, device.get(i)) / 100;
      }
      Xyz c =
          xyz
              ? new Xyz(
                  number(r, "XYZ_X") / 100, number(r, "XYZ_Y") / 100, number(r, "XYZ_Z") / 100)
              : new Lab(number(r, "LAB_L"), number(r, "LAB_A"), number(r, "LAB_B")).toXyz();
      String id = fields.contains("SAMPLE_ID") ? value(r, "SAMPLE_ID") : Integer.toString(r + 1);
      out.add(new Patch(id, d, c));
    }
    return out;
  }

  /**
   * A {@code CTI3} table of CMYK (or other device space) patches with XYZ and Lab, as ArgyllCMS's
   * {@code colprof} reads it.
   *
   * @param space device space letters, e.g. {@code CMYK}
   * @param patches the patches
   */
  public static Cgats ti3(String space, List<Patch> patches) {
    List<String> f = new ArrayList<>();
    f.add("SAMPLE_ID");
    for (int i = 0; i < space.length(); i++) {
      f.add(space + "_" + space.charAt(i));
    }
    f.addAll(List.of("XYZ_X", "XYZ_Y", "XYZ_Z", "LAB_L", "LAB_A", "LAB_B"));
    Cgats t = create("CTI3", f);
    t.keyword("DEVICE_CLASS", "OUTPUT");
    t.keyword("COLOR_REP", space + "_XYZ");
    for (Patch p : patches) {
      String[] v = new String[f.size()];
      v[0] = p.id();
      for (int i = 0; i < space.length(); i++) {
        v[1 + i] = fmt(p.device(i) * 100);
      }
      Lab lab = p.lab();
      int o = 1 + space.length();
      v[o] = fmt(p.xyz().x() * 100);
      v[o + 1] = fmt(p.xyz().y() * 100);
      v[o + 2] = fmt(p.xyz().z() * 100);
      v[o + 3] = fmt(lab.l());
      v[o + 4] = fmt(lab.a());
      v[o + 5] = fmt(lab.b());
      t.add(v);
    }
    return t;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.5f", v);
  }

  /** The file's text. */
  public String text() {
    StringBuilder s = new StringBuilder();
    s.append(type).append("\n\n");
    for (Map.Entry<String, String> e : keywords.entrySet()) {
      s.append("KEYWORD \"").append(e.getKey()).append("\"\n");
      s.append(e.getKey()).append(" \"").append(e.getValue()).append("\"\n");
    }
    s.append("NUMBER_OF_FIELDS ").append(fields.size()).append('\n');
    s.append("BEGIN_DATA_FORMAT\n").append(String.join(" ", fields)).append("\nEND_DATA_FORMAT\n");
    s.append("NUMBER_OF_SETS ").append(rows.size()).append('\n');
    s.append("BEGIN_DATA\n");
    for (String[] r : rows) {
      s.append(String.join(" ", r)).append('\n');
    }
    s.append("END_DATA\n");
    return s.toString();
  }
}
