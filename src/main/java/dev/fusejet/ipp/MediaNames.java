package dev.fusejet.ipp;

import dev.fusejet.raster.MediaSize;
import dev.fusejet.units.Units;
import java.util.Locale;
import java.util.Map;

/**
 * PWG 5101.1 self-describing media names for the device's sheet sizes, and media-size collections
 * in hundredths of millimetres (IPP's unit for media dimensions and margins).
 */
final class MediaNames {
  private MediaNames() {}

  /** PWG 5101.1 names of the sizes {@link MediaSize#KNOWN} lists. */
  private static final Map<String, String> PWG =
      Map.of(
          "4x6", "na_index-4x6_4x6in",
          "5x7", "na_5x7_5x7in",
          "8x10", "na_govt-letter_8x10in",
          "a6", "iso_a6_105x148mm",
          "a5", "iso_a5_148x210mm",
          "a4", "iso_a4_210x297mm",
          "letter", "na_letter_8.5x11in");

  /** Metres to IPP's hundredths of a millimetre. */
  static int hundredthsMm(double metres) {
    return (int) Math.round(metres * 1e5);
  }

  /** The PWG self-describing name of {@code size}. */
  static String pwg(MediaSize size) {
    String known = PWG.get(size.name().toLowerCase(Locale.ROOT));
    if (known != null) {
      return known;
    }
    double wIn = size.width() / Units.INCH;
    double hIn = size.height() / Units.INCH;
    if (isRound(wIn * 100) && isRound(hIn * 100)) {
      return "custom_" + token(size.name()) + "_" + dim(wIn) + "x" + dim(hIn) + "in";
    }
    return "custom_"
        + token(size.name())
        + "_"
        + dim(size.width() * 1000)
        + "x"
        + dim(size.height() * 1000)
        + "mm";
  }

  private static String token(String name) {
    String t = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    return t.isEmpty() || !Character.isLetterOrDigit(t.charAt(0)) ? "size" + t : t;
  }

  private static boolean isRound(double v) {
    return Math.abs(v - Math.rint(v)) < 1e-6;
  }

  private static String dim(double v) {
    String s = String.format(Locale.ROOT, "%.2f", v);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  /**
   * A PWG 5101.1 self-describing name, {@code class_name_WxHunit}: its last part is a size as
   * {@link MediaSize#of} reads it ({@code WxHin} or {@code WxHmm}).
   */
  private static final java.util.regex.Pattern SELF_DESCRIBING =
      java.util.regex.Pattern.compile(
          "^[a-z0-9]+_[^_]+_([0-9]+(?:\\.[0-9]+)?x[0-9]+(?:\\.[0-9]+)?(?:in|mm))$");

  /**
   * The size a PWG 5101.1 self-describing name gives (e.g. {@code na_index-4x6_4x6in}, {@code
   * iso_a4_210x297mm}), named by the name; empty for other names.
   */
  static java.util.Optional<MediaSize> parse(String name) {
    java.util.regex.Matcher m = SELF_DESCRIBING.matcher(name.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return java.util.Optional.empty();
    }
    MediaSize s = MediaSize.of(m.group(1));
    return s.width() > 0 && s.height() > 0
        ? java.util.Optional.of(new MediaSize(name, s.width(), s.height()))
        : java.util.Optional.empty();
  }
}
