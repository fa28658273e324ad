package dev.fusejet.raster.colour;

import dev.fusejet.colour.OutputProfile.Intent;
import dev.fusejet.ink.InkSet;
import dev.fusejet.media.Medium;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The printer's output profiles, one per medium × ink set × print quality, and the separations
 * built through them. A profile is looked up by name ({@code MEDIUM.INKS.QUALITY.icc}) first in the
 * user's {@code profiles/} directory (made there by {@code fusejet profile}), then among the
 * built-in profiles shipped as resources (made by the same command for the presets). Separations
 * are built once per profile, resolution, colour mode, intent and source profile and kept (a few
 * milliseconds of CMM work each, a 17³ table of longs), so every job on the same settings shares
 * one.
 */
public final class PrinterProfiles {

  /** Resource folder of the built-in profiles. */
  public static final String RESOURCES = "/dev/fusejet/raster/colour/profiles/";

  /** Subdirectory of the configuration directory holding the user's profiles. */
  public static final String DIRECTORY = "profiles";

  /** Separations kept (least recently used dropped). */
  private static final int KEPT = 16;

  private static final PrinterProfiles BUILT_IN = new PrinterProfiles(null);

  private final Path user;
  private final Map<String, Separation> separations =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Separation> e) {
          return size() > KEPT;
        }
      };

  private PrinterProfiles(Path userDirectory) {
    this.user = userDirectory;
  }

  /** The built-in profiles only (one shared instance, so its separations are shared). */
  public static PrinterProfiles builtIn() {
    return BUILT_IN;
  }

  /**
   * The user's profiles in {@code configDirectory/profiles}, before the built-in ones.
   *
   * @param configDirectory the configuration directory (may not exist), or null for built-in only
   */
  public static PrinterProfiles withUserDirectory(Path configDirectory) {
    return configDirectory == null ? BUILT_IN : new PrinterProfiles(configDirectory);
  }

  /** The file name stem of the profile of a medium, ink set and quality. */
  public static String name(String medium, String inks, String quality) {
    return medium + "." + inks + "." + quality;
  }

  /** Where the user's profile of this name lives (whether or not it exists). */
  public static Path userFile(Path configDirectory, String name, String extension) {
    return configDirectory.resolve(DIRECTORY).resolve(name + extension);
  }

  /**
   * Where the profile of a medium, ink set and quality comes from: the user file's path, {@code
   * built-in}, or empty when there is none.
   */
  public Optional<String> origin(String medium, String inks, String quality) {
    String n = name(medium, inks, quality);
    if (user != null && Files.isRegularFile(userFile(user, n, ".icc"))) {
      return Optional.of(userFile(user, n, ".icc").toString());
    }
    return PrinterProfiles.class.getResource(RESOURCES + n + ".icc") == null
        ? Optional.empty()
        : Optional.of("built-in");
  }

  /**
   * The ICC bytes of the profile of a medium, ink set and quality, or empty.
   *
   * @throws UncheckedIOException when the user's file exists but cannot be read
   */
  public Optional<byte[]> iccBytes(String medium, String inks, String quality) {
    String n = name(medium, inks, quality);
    try {
      if (user != null && Files.isRegularFile(userFile(user, n, ".icc"))) {
        return Optional.of(Files.readAllBytes(userFile(user, n, ".icc")));
      }
      try (InputStream in = PrinterProfiles.class.getResourceAsStream(RESOURCES + n + ".icc")) {
        return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("profile " + n + ": " + e.getMessage(), e);
    }
  }

  /**
   * The output profile of a medium, ink set and quality, or empty when there is none.
   *
   * @throws IllegalArgumentException when the file is not an ICC profile (naming it)
   */
  public Optional<ICC_Profile> profile(String medium, String inks, String quality) {
    Optional<byte[]> b = iccBytes(medium, inks, quality);
    if (b.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ICC_Profile.getInstance(b.get()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "profile "
              + origin(medium, inks, quality).orElse("?")
              + " for "
              + name(medium, inks, quality)
              + " is not an ICC profile: make it again with fusejet profile",
          e);
    }
  }

  /** The user file's modification time (ms), 0 for a built-in profile or none. */
  private long stamp(String medium, String inks, String quality) {
    Path f = user == null ? null : userFile(user, name(medium, inks, quality), ".icc");
    try {
      return f != null && Files.isRegularFile(f) ? Files.getLastModifiedTime(f).toMillis() : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * The separation of an ink set on a medium at a quality: through that combination's profile when
   * there is one (from {@code source}, sRGB when null, under {@code intent}), else the unmanaged
   * separation. Built once and kept. With a {@code source} profile and nothing to manage it with
   * (no output profile, or a monochrome mode), null: the page is then converted to sRGB first.
   *
   * @param quality print-quality keyword (draft, normal, high), which names the profile
   * @param xDpi horizontal resolution (dpi)
   * @param yDpi vertical resolution (dpi)
   * @param mode colour mode (monochrome modes are not managed)
   * @param intent rendering intent
   * @param source the document's RGB, grey or CMYK profile, or null for sRGB (CMYK: the sRGB
   *     separation with a {@link Separation#cmykLink} from that profile)
   */
  public Separation separation(
      InkSet inks,
      Medium medium,
      String quality,
      double xDpi,
      double yDpi,
      ColourMode mode,
      Intent intent,
      ICC_Profile source) {
    String key =
        name(medium.name(), inks.name(), quality)
            + "|"
            + medium.hashCode()
            + "|"
            + inks.hashCode()
            + "|"
            + stamp(medium.name(), inks.name(), quality)
            + "|"
            + xDpi
            + "x"
            + yDpi
            + "|"
            + mode
            + "|"
            + intent
            + "|"
            + (source == null ? "srgb" : Integer.toHexString(Arrays.hashCode(source.getData())));
    synchronized (separations) {
      Separation s = separations.get(key);
      if (s != null) {
        return s;
      }
    }
    Optional<ICC_Profile> out = profile(medium.name(), inks.name(), quality);
    Separation s;
    if (source != null && (out.isEmpty() || mode != ColourMode.COLOUR)) {
      return null;
    }
    if (source != null && source.getColorSpaceType() == java.awt.color.ColorSpace.TYPE_CMYK) {
      // a CMYK document: the sRGB separation's tables, its pages linked to device CMYK first
      Separation base = separation(inks, medium, quality, xDpi, yDpi, mode, intent, null);
      s =
          base.withCmykSource(
              new CmykLink(new Rendering(source, base.rendering().output(), intent)));
    } else if (out.isEmpty() || mode != ColourMode.COLOUR) {
      s = Separation.build(inks, medium, xDpi, yDpi, mode);
    } else {
      Rendering r =
          source == null
              ? Rendering.fromSrgb(out.get(), intent)
              : new Rendering(source, out.get(), intent);
      s = Separation.build(inks, medium, xDpi, yDpi, mode, r);
    }
    synchronized (separations) {
      separations.put(key, s);
    }
    return s;
  }
}
