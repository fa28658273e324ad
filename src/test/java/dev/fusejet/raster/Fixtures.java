package dev.fusejet.raster;

import dev.fusejet.config.Catalog;
import dev.fusejet.ink.InkSet;
import dev.fusejet.media.Medium;

/** The presets the tests print with. */
public final class Fixtures {
  private Fixtures() {}

  /** glossy-ldpe-70: porosity 55 % over 35 µm, 19.25 mL/m² of pores. */
  public static Medium glossy() {
    return Catalog.builtIn().medium("glossy-ldpe-70");
  }

  /** pigment-cmyk: cyan, magenta, yellow, black; 2, 4, 7 pL drops. */
  public static InkSet cmyk() {
    return Catalog.builtIn().inkSet("pigment-cmyk");
  }
}
