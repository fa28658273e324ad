package dev.fusejet.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.ink.InkSet;
import dev.fusejet.media.Medium;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds media, ink sets and apparatus by preset name or file path.
 *
 * <p>A name is looked up first in the user directory ({@code DIR/media/NAME.yaml}, {@code
 * DIR/apparatus/NAME.yaml}, {@code DIR/ink/NAME.yaml}) if one is set, then among the presets built
 * into the jar. Anything containing a path separator or ending in {@code .yaml}, {@code .yml} or
 * {@code .json} is read as a file. Instances are immutable.
 */
public final class Catalog {

  /** Built-in media presets. */
  static final List<String> MEDIA = List.of("glossy-ldpe-70", "high-tg-pp-120", "lustre-ldpe-85");

  /** Built-in apparatus presets. */
  static final List<String> APPARATUS = List.of("roller-nip", "belt-nip");

  /** Built-in ink-set presets. */
  static final List<String> INK_SETS = List.of("pigment-cmyk");

  /** The medium used when none is named. */
  public static final String DEFAULT_MEDIUM = "glossy-ldpe-70";

  /** The apparatus used when none is named. */
  public static final String DEFAULT_APPARATUS = "roller-nip";

  /** The ink set used when none is named. */
  public static final String DEFAULT_INK_SET = "pigment-cmyk";

  private static final String PRESETS = "/dev/fusejet/config/presets/";

  private final Path userDirectory;

  private Catalog(Path userDirectory) {
    this.userDirectory = userDirectory;
  }

  /** The presets built into the jar, with no user directory. */
  public static Catalog builtIn() {
    return new Catalog(null);
  }

  /** This catalog, also searching {@code directory} (which may not exist) before the presets. */
  public Catalog withUserDirectory(Path directory) {
    return new Catalog(directory);
  }

  /** The medium with this preset name or from this file. */
  public Medium medium(String nameOrPath) {
    return load("media", "medium", nameOrPath, MEDIA, MediumBinder::bind);
  }

  /** The apparatus with this preset name or from this file. */
  public Apparatus apparatus(String nameOrPath) {
    return load("apparatus", "apparatus", nameOrPath, APPARATUS, ApparatusBinder::bind);
  }

  /** The ink set with this preset name or from this file. */
  public InkSet inkSet(String nameOrPath) {
    return load("ink", "ink set", nameOrPath, INK_SETS, InkSetBinder::bind);
  }

  /** The file the medium of this name or path is read from; empty for a built-in preset. */
  public Optional<Path> mediumSource(String nameOrPath) {
    return source("media", nameOrPath);
  }

  /** The file the apparatus of this name or path is read from; empty for a built-in preset. */
  public Optional<Path> apparatusSource(String nameOrPath) {
    return source("apparatus", nameOrPath);
  }

  /** The file the ink set of this name or path is read from; empty for a built-in preset. */
  public Optional<Path> inkSetSource(String nameOrPath) {
    return source("ink", nameOrPath);
  }

  private Optional<Path> source(String kind, String nameOrPath) {
    return looksLikePath(nameOrPath)
        ? Optional.of(Path.of(nameOrPath))
        : userFile(kind, nameOrPath);
  }

  /**
   * The text of a built-in preset file, comments included, as a starting point for a user's own
   * file.
   *
   * @param kind {@code media}, {@code apparatus} or {@code ink}
   * @throws ConfigException naming the presets there are when {@code name} is not one
   */
  public static String presetText(String kind, String name) {
    List<String> presets =
        switch (kind) {
          case "media" -> MEDIA;
          case "apparatus" -> APPARATUS;
          case "ink" -> INK_SETS;
          default -> throw new IllegalArgumentException("no preset kind " + kind);
        };
    if (!presets.contains(name)) {
      throw new ConfigException(
          "no built-in "
              + kind
              + " preset named '"
              + name
              + "': the presets are "
              + String.join(", ", presets));
    }
    String resource = PRESETS + kind + "/" + name + ".yaml";
    try (InputStream in = Catalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ConfigException("preset " + resource + " is missing from the jar");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException("cannot read preset " + resource + ": " + e.getMessage(), e);
    }
  }

  /** Names of the media presets and of the media in the user directory. */
  public List<String> mediaNames() {
    return names("media", MEDIA);
  }

  /** Names of the apparatus presets and of the apparatus in the user directory. */
  public List<String> apparatusNames() {
    return names("apparatus", APPARATUS);
  }

  /** Names of the ink-set presets and of the ink sets in the user directory. */
  public List<String> inkSetNames() {
    return names("ink", INK_SETS);
  }

  private List<String> names(String kind, List<String> presets) {
    List<String> out = new ArrayList<>(presets);
    if (userDirectory != null && Files.isDirectory(userDirectory.resolve(kind))) {
      try (var files = Files.list(userDirectory.resolve(kind))) {
        files
            .map(p -> p.getFileName().toString())
            .filter(f -> f.endsWith(".yaml"))
            .map(f -> f.substring(0, f.length() - ".yaml".length()))
            .filter(f -> !out.contains(f))
            .sorted()
            .forEach(out::add);
      } catch (IOException e) {
        throw new ConfigException("cannot list " + userDirectory.resolve(kind) + ": " + e, e);
      }
    }
    return List.copyOf(out);
  }

  private <T> T load(
      String kind, String what, String nameOrPath, List<String> presets, Function<Node, T> binder) {
    if (looksLikePath(nameOrPath)) {
      return fromFile(Path.of(nameOrPath), binder);
    }
    Optional<Path> user = userFile(kind, nameOrPath);
    if (user.isPresent()) {
      return fromFile(user.get(), binder);
    }
    if (!presets.contains(nameOrPath) && Files.isRegularFile(Path.of(nameOrPath))) {
      // a file of that name, whatever its extension: read it, so that its problem is named
      return fromFile(Path.of(nameOrPath), binder);
    }
    if (!presets.contains(nameOrPath)) {
      throw new ConfigException(
          "no "
              + what
              + " named '"
              + nameOrPath
              + "': built-in presets are "
              + String.join(", ", presets)
              + (userDirectory == null
                  ? ""
                  : "; user files are read from " + userDirectory.resolve(kind))
              + "; or give a path to a .yaml file");
    }
    String resource = PRESETS + kind + "/" + nameOrPath + ".yaml";
    try (InputStream in = Catalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ConfigException("preset " + resource + " is missing from the jar");
      }
      return bind(read(in, false, "preset " + nameOrPath), "preset " + nameOrPath, binder);
    } catch (IOException e) {
      throw new ConfigException("cannot read preset " + resource + ": " + e.getMessage(), e);
    }
  }

  private Optional<Path> userFile(String kind, String name) {
    if (userDirectory == null) {
      return Optional.empty();
    }
    Path p = userDirectory.resolve(kind).resolve(name + ".yaml");
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  private static boolean looksLikePath(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    return s.contains("/")
        || s.contains("\\")
        || lower.endsWith(".yaml")
        || lower.endsWith(".yml")
        || lower.endsWith(".json");
  }

  /** Reads one record from a file; the file's name prefixes every error message. */
  static <T> T fromFile(Path file, Function<Node, T> binder) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(file + ": no such file");
    }
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    try (InputStream in = Files.newInputStream(file)) {
      JsonNode tree = read(in, json, file.toString());
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        throw new ConfigException(file + ": the file is empty");
      }
      return binder.apply(new Node(tree, file.toString(), "", Lines.of(file)));
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static <T> T bind(JsonNode tree, String source, Function<Node, T> binder) {
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      throw new ConfigException(source + ": the file is empty");
    }
    return binder.apply(new Node(tree, source, ""));
  }

  private static JsonNode read(InputStream in, boolean json, String source) throws IOException {
    ObjectMapper mapper =
        json
            ? JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build()
            : YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    try {
      return mapper.readTree(in);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new ConfigException(
          source
              + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr())
              + ": not valid "
              + (json ? "JSON" : "YAML")
              + ": "
              + oneLine(e.getOriginalMessage()),
          e);
    }
  }

  /**
   * A parser's message on one line: SnakeYAML's spans several, with the source excerpt and a caret
   * under it ("while scanning a directive / in 'reader', line 1, column 1: / %PDF-1.7 / ^ /
   * expected ..."), which the position before it already gives.
   */
  static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    List<String> kept = new java.util.ArrayList<>();
    for (String line : message.split("\\R", -1)) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("in 'reader'") || line.startsWith("    ") || t.equals("^")) {
        continue;
      }
      kept.add(t);
    }
    return String.join("; ", kept);
  }

  /** Reads a medium from a file (for {@code fusejet media validate}). */
  public static Medium mediumFile(Path file) {
    return fromFile(file, MediumBinder::bind);
  }

  /**
   * Reads twin settings (named {@link dev.fusejet.twin.TwinParameter} values in SI units) from a
   * YAML or JSON file.
   */
  public static dev.fusejet.twin.TwinSettings twinSettingsFile(Path file) {
    return fromFile(file, TwinSettingsBinder::bind);
  }

  /** Reads an apparatus from a file. */
  public static Apparatus apparatusFile(Path file) {
    return fromFile(file, ApparatusBinder::bind);
  }
}
