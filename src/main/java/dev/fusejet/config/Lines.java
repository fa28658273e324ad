package dev.fusejet.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Where each key of a configuration file is written: the line of every dotted key path ({@code
 * support.face-resin.melting-temperature}, {@code inks[2].density}), read with the streaming
 * parser, which keeps the locations the tree model drops. A path not in the file gives the line of
 * its longest present prefix (a missing key is reported where its parent mapping is).
 */
public final class Lines {
  private final Map<String, Integer> lines;

  private Lines(Map<String, Integer> lines) {
    this.lines = lines;
  }

  /** The key lines of {@code file}; empty (no lines known) if it cannot be read or parsed. */
  public static Lines of(Path file) {
    Map<String, Integer> map = new HashMap<>();
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    JsonFactory factory = json ? new JsonFactory() : new YAMLFactory();
    try (JsonParser p = factory.createParser(Files.newInputStream(file))) {
      JsonToken t = p.nextToken();
      if (t != null) {
        walk(p, t, "", map);
      }
    } catch (IOException | RuntimeException e) {
      // A file the binder could read but this pass cannot is reported without lines.
    }
    return new Lines(map);
  }

  private static void walk(JsonParser p, JsonToken start, String path, Map<String, Integer> map)
      throws IOException {
    if (start == JsonToken.START_OBJECT) {
      for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_OBJECT; t = p.nextToken()) {
        String key = path.isEmpty() ? p.currentName() : path + "." + p.currentName();
        map.putIfAbsent(key, p.currentTokenLocation().getLineNr());
        walk(p, p.nextToken(), key, map);
      }
    } else if (start == JsonToken.START_ARRAY) {
      int i = 0;
      for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
        String key = path + "[" + i++ + "]";
        map.putIfAbsent(key, p.currentTokenLocation().getLineNr());
        walk(p, t, key, map);
      }
    }
  }

  /** The line (1-based) of the key path, or of its longest prefix in the file; empty if none. */
  public OptionalInt line(String dottedPath) {
    String k = dottedPath;
    while (!k.isEmpty()) {
      Integer n = lines.get(k);
      if (n != null) {
        return OptionalInt.of(n);
      }
      int cut = Math.max(k.lastIndexOf('.'), k.lastIndexOf('['));
      k = cut < 0 ? "" : k.substring(0, cut);
    }
    return OptionalInt.empty();
  }
}
