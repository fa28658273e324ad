package dev.fusejet.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fusejet.units.Dimension;
import dev.fusejet.units.Quantities;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * One mapping of a configuration file being bound to a record. Every read marks its key as used;
 * {@link #finish()} rejects the keys nobody read, naming them, so that typos fail loudly.
 */
final class Node {
  private final JsonNode json;
  private final String source;
  private final String path;
  private final Lines lines;
  private final Set<String> used = new HashSet<>();

  Node(JsonNode json, String source, String path) {
    this(json, source, path, null);
  }

  /** A mapping of a file whose key lines are known, so that errors name FILE:LINE. */
  Node(JsonNode json, String source, String path, Lines lines) {
    this.json = json;
    this.source = source;
    this.path = path;
    this.lines = lines;
    if (!json.isObject()) {
      throw error(path.isEmpty() ? "(top level)" : path, "must be a mapping of keys to values");
    }
  }

  /** The dotted path of a key of this mapping. */
  private String at(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  ConfigException error(String where, String what) {
    String line = "";
    if (lines != null) {
      var n = lines.line(where.equals("(top level)") ? "" : where);
      line = n.isPresent() ? ":" + n.getAsInt() : "";
    }
    return new ConfigException(source + line + ": " + where + ": " + what);
  }

  private JsonNode required(String key) {
    used.add(key);
    JsonNode v = json.get(key);
    if (v == null || v.isNull()) {
      throw error(
          at(key), "missing; this key is required" + typoHint(key) + " (see docs/media-format.md)");
    }
    return v;
  }

  /** Names a present key that looks like a misspelling of the missing one. */
  private String typoHint(String missing) {
    Iterator<String> names = json.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!n.equals(missing) && editDistance(n, missing) <= 2) {
        return "; the file has '" + n + "' here, a misspelling?";
      }
    }
    return "";
  }

  private static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  boolean has(String key) {
    JsonNode v = json.get(key);
    return v != null && !v.isNull();
  }

  /** A required text value. */
  String text(String key) {
    JsonNode v = required(key);
    if (!v.isValueNode()) {
      throw error(at(key), "must be a single value, not a " + v.getNodeType());
    }
    return v.asText();
  }

  /** An optional text value. */
  String text(String key, String fallback) {
    used.add(key);
    return has(key) ? text(key) : fallback;
  }

  /** A required quantity of the given dimension, returned in its SI unit. */
  double quantity(String key, Dimension dimension) {
    JsonNode v = required(key);
    if (!v.isValueNode()) {
      throw error(at(key), "must be a value such as '5 um', not a " + v.getNodeType());
    }
    try {
      return Quantities.parse(v.asText(), dimension);
    } catch (IllegalArgumentException e) {
      throw error(at(key), e.getMessage());
    }
  }

  /** An optional quantity. */
  OptionalDouble optionalQuantity(String key, Dimension dimension) {
    used.add(key);
    return has(key) ? OptionalDouble.of(quantity(key, dimension)) : OptionalDouble.empty();
  }

  /** An optional quantity with a default (in SI). */
  double quantity(String key, Dimension dimension, double fallback) {
    return optionalQuantity(key, dimension).orElse(fallback);
  }

  /** A required enum constant, written in kebab-case or upper snake case. */
  <E extends Enum<E>> E enumValue(String key, Class<E> type) {
    String raw = text(key);
    String constant = raw.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(constant)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    throw error(at(key), "'" + raw + "' is not one of " + String.join(", ", names));
  }

  /** A required nested mapping. */
  Node child(String key) {
    return new Node(required(key), source, at(key), lines);
  }

  /** An optional nested mapping, or null. */
  Node optionalChild(String key) {
    used.add(key);
    return has(key) ? child(key) : null;
  }

  /** A required sequence of mappings. */
  List<Node> list(String key) {
    JsonNode v = required(key);
    if (!v.isArray()) {
      throw error(at(key), "must be a list");
    }
    List<Node> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      out.add(new Node(v.get(i), source, at(key) + "[" + i + "]", lines));
    }
    return out;
  }

  /** Rejects keys that were never read, naming them. */
  void finish() {
    Set<String> unknown = new TreeSet<>();
    Iterator<String> names = json.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!used.contains(n)) {
        unknown.add(n);
      }
    }
    if (!unknown.isEmpty()) {
      throw error(
          path.isEmpty() ? "(top level)" : path,
          "unknown key"
              + (unknown.size() > 1 ? "s " : " ")
              + String.join(", ", unknown)
              + "; known keys here: "
              + String.join(", ", new TreeSet<>(used)));
    }
  }
}
