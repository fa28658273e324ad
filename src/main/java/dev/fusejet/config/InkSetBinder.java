package dev.fusejet.config;

import static dev.fusejet.units.Dimension.DENSITY;
import static dev.fusejet.units.Dimension.FRACTION;
import static dev.fusejet.units.Dimension.TEMPERATURE;
import static dev.fusejet.units.Dimension.VOLUME;

import dev.fusejet.ink.CoSolvent;
import dev.fusejet.ink.DropSize;
import dev.fusejet.ink.Ink;
import dev.fusejet.ink.InkSet;
import dev.fusejet.ink.Overprint;
import dev.fusejet.ink.SolidColour;
import java.util.ArrayList;
import java.util.List;

/** Binds the ink-set file format (docs/media-format.md) to an {@link InkSet}. */
final class InkSetBinder {
  private InkSetBinder() {}

  /** The optional {@code solid} CIELAB of an ink; absent, the typical solid of its channel. */
  private static SolidColour solid(Node n, String channel) {
    if (n == null) {
      return SolidColour.typical(channel);
    }
    SolidColour s =
        new SolidColour(
            n.quantity("L", FRACTION), n.quantity("a", FRACTION), n.quantity("b", FRACTION));
    n.finish();
    return s;
  }

  static InkSet bind(Node n) {
    String name = n.text("name");
    String description = n.text("description", "");
    List<Ink> inks = new ArrayList<>();
    for (Node i : n.list("inks")) {
      Node cs = i.child("co-solvent");
      CoSolvent coSolvent =
          new CoSolvent(cs.text("name"), cs.quantity("boiling-point", TEMPERATURE));
      cs.finish();
      inks.add(
          new Ink(
              i.text("name"),
              i.text("colourant"),
              i.quantity("pigment", FRACTION),
              i.quantity("water", FRACTION),
              i.quantity("co-solvent-fraction", FRACTION),
              i.quantity("other", FRACTION, 0),
              coSolvent,
              i.quantity("density", DENSITY),
              solid(i.optionalChild("solid"), i.text("name"))));
      i.finish();
    }
    List<DropSize> drops = new ArrayList<>();
    for (Node d : n.list("drop-sizes")) {
      drops.add(new DropSize(d.text("name"), d.quantity("volume", VOLUME)));
      d.finish();
    }
    List<Overprint> overprints = Overprint.typical(inks);
    if (n.has("overprints")) {
      overprints = new ArrayList<>();
      for (Node o : n.list("overprints")) {
        overprints.add(
            new Overprint(
                o.text("inks"),
                new SolidColour(
                    o.quantity("L", FRACTION),
                    o.quantity("a", FRACTION),
                    o.quantity("b", FRACTION))));
        o.finish();
      }
    }
    n.finish();
    return new InkSet(name, description, inks, drops, overprints);
  }
}
