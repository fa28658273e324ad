package dev.fusejet.twin;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.twin.heat.Grid;
import java.util.List;

/**
 * The heated member's wall as the twin builds it for every pass (core wall, elastic layer if any,
 * belt base and release layer or the roller's release coat), on the twin's own roller cells: a
 * heater model that steps this wall between sheets hands {@link SheetReport#rollerAfter()} back and
 * forth cell for cell, with no copy of the twin's layer or grid rules. Also the pressure roller's
 * rubber cover. Immutable (accessors return copies).
 */
public final class RollerWall {
  private final double[] widths;
  private final double[] conductivity;
  private final double[] volumetric;
  private final double coverK;
  private final double coverVolumetric;

  private RollerWall(Apparatus apparatus, TwinSettings settings) {
    List<SheetStack.Layer> layers = SheetStack.rollerLayers(apparatus);
    Grid grid = SheetStack.rollerGrid(layers, settings);
    this.widths = grid.widths();
    this.conductivity = new double[widths.length];
    this.volumetric = new double[widths.length];
    for (int j = 0; j < layers.size(); j++) {
      int end = j + 1 < layers.size() ? grid.layerStart(j + 1) : widths.length;
      for (int i = grid.layerStart(j); i < end; i++) {
        conductivity[i] = layers.get(j).thermal().k();
        volumetric[i] = layers.get(j).thermal().volumetric();
      }
    }
    Materials.Thermal cover = SheetStack.pressureCover(apparatus).thermal();
    this.coverK = cover.k();
    this.coverVolumetric = cover.volumetric();
  }

  /** The wall of {@code apparatus}'s heated member on the grid {@code settings} give. */
  public static RollerWall of(Apparatus apparatus, TwinSettings settings) {
    return new RollerWall(apparatus, settings);
  }

  /** Number of cells (1), the length of {@link SheetReport#rollerAfter()}. */
  public int cells() {
    return widths.length;
  }

  /** Cell widths, core inside first, surface cell last (m). */
  public double[] widths() {
    return widths.clone();
  }

  /** Conductivity of each cell (W/(m·K)). */
  public double[] conductivity() {
    return conductivity.clone();
  }

  /** Volumetric heat capacity ρc of each cell (J/(m³·K)). */
  public double[] volumetricHeatCapacity() {
    return volumetric.clone();
  }

  /** Conductivity of the pressure roller's rubber cover (W/(m·K)). */
  public double pressureCoverConductivity() {
    return coverK;
  }

  /** Volumetric heat capacity of the pressure roller's rubber cover (J/(m³·K)). */
  public double pressureCoverVolumetricHeatCapacity() {
    return coverVolumetric;
  }
}
