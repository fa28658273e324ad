package dev.fusejet.bench;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.apparatus.HeatRoller;
import dev.fusejet.apparatus.Heater;
import dev.fusejet.apparatus.NipSetting;
import dev.fusejet.apparatus.OperatingLimits;
import dev.fusejet.apparatus.PressureRoller;
import dev.fusejet.apparatus.SurfaceMaterial;
import dev.fusejet.apparatus.TemperatureSensor;
import dev.fusejet.fuser.OperatingPoint;
import dev.fusejet.media.InkReceivingLayer;
import dev.fusejet.media.InorganicParticleKind;
import dev.fusejet.media.Medium;
import dev.fusejet.media.PaperBase;
import dev.fusejet.media.PolymerFamily;
import dev.fusejet.media.ResinLayer;
import dev.fusejet.media.ResinParticles;
import dev.fusejet.media.SolventAbsorbingLayer;
import dev.fusejet.media.Support;
import dev.fusejet.media.SurfaceLayer;
import dev.fusejet.twin.InkLoad;
import dev.fusejet.twin.SheetReport;
import dev.fusejet.twin.Twin;
import dev.fusejet.twin.TwinMap;
import dev.fusejet.twin.TwinSettings;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Speed of the thermal twin (issue 4 targets): one sheet pass (50 ms dwell, 1 s before and after)
 * at most 1 ms on one thread; a 100 × 100 temperature × speed map at most 5 s on two cores with at
 * least 1.8× scaling from one to two threads. Inputs: the glossy-ldpe-70 medium and roller-nip
 * apparatus presets, rebuilt here in code.
 *
 * <pre>
 * java -cp target/fusejet.jar org.openjdk.jmh.Main TwinBenchmark.pass
 * java -cp target/fusejet.jar org.openjdk.jmh.Main TwinBenchmark.map -p threads=1,2
 * </pre>
 */
@State(Scope.Benchmark)
public class TwinBenchmark {

  /** Grid: the production default (about 120 cells) or a finer one of about 200 cells. */
  @Param({"default", "fine200"})
  public String grid;

  /** Liquid at the point: dry or 200 % coverage (16 mL/m²). */
  @Param({"wet"})
  public String ink;

  /** Worker threads of the map benchmark. */
  @Param({"1", "2"})
  public int threads;

  /** Grid points per axis of the map benchmark. */
  @Param({"100"})
  public int points;

  Twin twin;
  OperatingPoint point;
  InkLoad load;

  @Setup
  public void setUp() {
    TwinSettings s = TwinSettings.defaults().withRecordHistory(false);
    if (grid.equals("fine200")) {
      s = s.withResolution(40, 0.5e-6, 1.085);
    }
    twin = Twin.of(glossy(), rollerNip(), s);
    // 6 mm nip at 120 mm/s: the 50 ms dwell
    point = new OperatingPoint(170, 0.12);
    load = new InkLoad(ink.equals("wet") ? 16.2e-6 : 0, 0.75);
  }

  /** One sheet pass: 1 s in air, 50 ms nip, 1 s in air. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  public SheetReport pass() {
    return twin.pass(point, load);
  }

  /** A points × points map over the roller-nip limits (100-200 °C, 20-300 mm/s). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  @Fork(1)
  public TwinMap map() {
    return TwinMap.sweep(
        twin,
        TwinMap.linspace(100, 200, points),
        TwinMap.linspace(0.02, 0.3, points),
        16.2e-6,
        0.75,
        threads,
        row -> {});
  }

  /** The glossy-ldpe-70 preset. */
  static Medium glossy() {
    return new Medium(
        "glossy-ldpe-70",
        "benchmark copy of the preset",
        new Support(
            new PaperBase(180e-6, 800),
            new ResinLayer(PolymerFamily.LDPE, 25e-6, 112),
            new ResinLayer(PolymerFamily.LDPE, 25e-6, 112)),
        new InkReceivingLayer(
            new SolventAbsorbingLayer(
                InorganicParticleKind.FUMED_SILICA, 150e-9, "PVA", 30e-6, 0.58),
            new SurfaceLayer(
                new ResinParticles("styrene-acrylic", 70, 200e-9),
                InorganicParticleKind.COLLOIDAL_SILICA,
                40e-9,
                "PVA",
                1.0,
                5e-6),
            0.55));
  }

  /** The roller-nip preset. */
  static Apparatus rollerNip() {
    return new Apparatus(
        "roller-nip",
        "benchmark copy of the preset",
        new HeatRoller(
            0.02,
            "aluminium",
            1.5e-3,
            0.3e-3,
            40,
            SurfaceMaterial.SILICONE_RESIN,
            30e-6,
            50e-9,
            0.33),
        new PressureRoller(0.015, "silicone rubber", 5e-3, 40),
        null,
        new NipSetting(3900, OptionalDouble.of(6e-3), 0.03),
        new Heater("halogen lamp", 1000),
        new TemperatureSensor("contact NTC thermistor", 2, 2),
        new OperatingLimits(100, 200, 0.02, 0.3, 0.01, 5, 1e-3, 0.5));
  }
}
