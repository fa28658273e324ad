package dev.fusejet.device;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a printer remembers of its consumables across a restart, as a real one does in its
 * cartridges' chips and its tray settings: ink left in each cartridge (m³), waste ink held (m³),
 * sheets delivered over its life, the fuser unit's used life, and for each source the medium and
 * size loaded and the sheets left. One small JSON file, replaced atomically (written to a temporary
 * name, forced to disk, renamed), so a crash at any moment leaves the last complete state.
 *
 * @param ink ink left per ink name (m³)
 * @param waste waste ink held (m³)
 * @param delivered sheets delivered since the printer was first started (1)
 * @param sources per source name, what was loaded: medium name (or null), size name (or null) and
 *     sheets left
 * @param fuserSheets sheets the installed fuser unit has fused (1): its used life, 0 after a
 *     replacement (and in a file from before the fuser's life was kept)
 */
record SupplyStore(
    Map<String, Double> ink,
    double waste,
    long delivered,
    Map<String, Loaded> sources,
    long fuserSheets) {

  /** One source's contents by name. */
  record Loaded(String medium, String size, int sheets) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads {@code file}, or returns null when it does not exist. */
  static SupplyStore read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return null;
    }
    JsonNode n;
    try {
      n = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(
          file + ": the printer's supply levels cannot be read (" + e.getMessage() + ")", e);
    }
    Map<String, Double> ink = new LinkedHashMap<>();
    n.path("ink_m3").properties().forEach(e -> ink.put(e.getKey(), e.getValue().asDouble()));
    Map<String, Loaded> sources = new LinkedHashMap<>();
    n.path("sources")
        .properties()
        .forEach(
            e ->
                sources.put(
                    e.getKey(),
                    new Loaded(
                        text(e.getValue().path("medium")),
                        text(e.getValue().path("size")),
                        e.getValue().path("sheets").asInt())));
    return new SupplyStore(
        ink,
        n.path("waste_m3").asDouble(),
        n.path("delivered").asLong(),
        sources,
        n.path("fuser_sheets").asLong());
  }

  private static String text(JsonNode n) {
    return n.isTextual() ? n.asText() : null;
  }

  /** Replaces {@code file} with this state, atomically. */
  void write(Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode i = root.putObject("ink_m3");
    ink.forEach(i::put);
    root.put("waste_m3", waste);
    root.put("delivered", delivered);
    root.put("fuser_sheets", fuserSheets);
    ObjectNode s = root.putObject("sources");
    sources.forEach(
        (name, l) -> {
          ObjectNode o = s.putObject(name);
          o.put("medium", l.medium());
          o.put("size", l.size());
          o.put("sheets", l.sheets());
        });
    byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = dir.resolve("." + file.getFileName() + ".tmp");
    try (FileChannel c =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      ByteBuffer b = ByteBuffer.wrap(bytes);
      while (b.hasRemaining()) {
        c.write(b);
      }
      c.force(true);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
