package dev.fusejet.ink;

import dev.fusejet.units.Quantities;
import dev.fusejet.validation.Findings;
import dev.fusejet.validation.Severity;
import dev.fusejet.validation.ValidationReport;
import java.util.HashSet;
import java.util.Set;

/** Checks an {@link InkSet}: fractions, water and co-solvent present, sane drops. */
public final class InkSetValidator {

  /** Tolerance on the sum of mass fractions (1). */
  static final double FRACTION_SUM_TOLERANCE = 1e-3;

  private InkSetValidator() {}

  /** Validates every field; never throws. */
  public static ValidationReport validate(InkSet set) {
    Findings f = new Findings();
    f.named("name", set.name());
    if (set.inks().isEmpty()) {
      f.add(Severity.ERROR, "inks", "(none)", "at least one ink", "list the inks of the set");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < set.inks().size(); i++) {
      Ink ink = set.inks().get(i);
      String p = "inks[" + i + "]";
      f.named(p + ".name", ink.name());
      if (ink.name() != null && !names.add(ink.name())) {
        f.add(
            Severity.ERROR,
            p + ".name",
            ink.name(),
            "unique",
            "each ink channel needs its own name");
      }
      checkInk(f, p, ink);
    }
    if (set.dropSizes().isEmpty()) {
      f.add(Severity.ERROR, "drop-sizes", "(none)", "at least one", "list the head's drop sizes");
    }
    double previous = 0;
    for (int i = 0; i < set.dropSizes().size(); i++) {
      DropSize d = set.dropSizes().get(i);
      String p = "drop-sizes[" + i + "]";
      f.named(p + ".name", d.name());
      f.positive(p + ".volume", d.volume(), Quantities::picolitres);
      if (d.volume() <= previous) {
        f.add(
            Severity.ERROR,
            p + ".volume",
            Quantities.picolitres(d.volume()),
            "> " + Quantities.picolitres(previous),
            "list drop sizes from smallest to largest");
      }
      previous = d.volume();
    }
    for (int i = 0; i < set.overprints().size(); i++) {
      Overprint o = set.overprints().get(i);
      for (String c : o.channels()) {
        if (set.ink(c).isEmpty()) {
          f.add(
              Severity.ERROR,
              "overprints[" + i + "].inks",
              o.inks(),
              "channels of this set",
              "'" + c + "' is not an ink of the set; join channel names with +");
        }
      }
    }
    return new ValidationReport("ink set " + set.name(), f.toList());
  }

  private static void checkInk(Findings f, String p, Ink ink) {
    f.named(p + ".colourant", ink.colourant());
    f.nonNegative(p + ".pigment", ink.pigmentFraction(), Quantities::percent);
    f.nonNegative(p + ".water", ink.waterFraction(), Quantities::percent);
    f.nonNegative(p + ".co-solvent", ink.coSolventFraction(), Quantities::percent);
    f.nonNegative(p + ".other", ink.otherFraction(), Quantities::percent);
    if (Math.abs(ink.fractionSum() - 1) > FRACTION_SUM_TOLERANCE) {
      f.add(
          Severity.ERROR,
          p + ".fractions",
          Quantities.percent(ink.fractionSum()),
          "100 % (±0.1 %)",
          "pigment + water + co-solvent + other mass fractions must sum to 100 %");
    }
    if (!(ink.pigmentFraction() > 0)) {
      f.add(
          Severity.ERROR,
          p + ".pigment",
          Quantities.percent(ink.pigmentFraction()),
          "> 0",
          "a pigment ink needs pigment");
    }
    if (!(ink.waterFraction() > 0)) {
      f.add(
          Severity.ERROR,
          p + ".water",
          Quantities.percent(ink.waterFraction()),
          "> 0",
          "the ink must contain water");
    }
    if (!(ink.coSolventFraction() > 0)) {
      f.add(
          Severity.ERROR,
          p + ".co-solvent",
          Quantities.percent(ink.coSolventFraction()),
          "> 0",
          "the ink must contain an organic co-solvent");
    }
    if (ink.coSolvent() == null) {
      f.add(
          Severity.ERROR,
          p + ".co-solvent-name",
          "(missing)",
          "required",
          "name the co-solvent and its boiling point");
    } else {
      f.named(p + ".co-solvent-name", ink.coSolvent().name());
      if (!(ink.coSolvent().boilingPoint() > 100)) {
        f.add(
            Severity.ERROR,
            p + ".co-solvent-boiling-point",
            Quantities.celsius(ink.coSolvent().boilingPoint()),
            "> 100 °C",
            "a humectant co-solvent boils above water; check the value");
      }
    }
    f.within(
        Severity.ERROR,
        p + ".density",
        ink.density(),
        800,
        1500,
        d -> Quantities.fmt(d) + " kg/m³",
        "aqueous pigment inks have densities near 1000-1100 kg/m³");
    checkSolid(f, p, ink);
  }

  /** The solid's CIELAB must be a real surface colour: L* 0..100, a*, b* within ±128. */
  private static void checkSolid(Findings f, String p, Ink ink) {
    SolidColour s = ink.solid();
    if (s == null) {
      f.add(
          Severity.ERROR,
          p + ".solid",
          "(missing)",
          "required for an ink of no known role",
          "give the CIELAB (D50) of a solid of '"
              + ink.name()
              + "', e.g. solid: {L: 60, a: -20, b: -30}");
      return;
    }
    f.within(
        Severity.ERROR,
        p + ".solid.L",
        s.lightness(),
        0,
        100,
        Quantities::fmt,
        "CIELAB lightness runs from 0 (black) to 100 (the perfect white)");
    f.within(
        Severity.ERROR,
        p + ".solid.a",
        s.a(),
        -128,
        127,
        Quantities::fmt,
        "a* of a print lies within ±128");
    f.within(
        Severity.ERROR,
        p + ".solid.b",
        s.b(),
        -128,
        127,
        Quantities::fmt,
        "b* of a print lies within ±128");
  }
}
