package dev.fusejet.cli;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.apparatus.HeaterControl;
import dev.fusejet.apparatus.SafetyLimits;
import dev.fusejet.control.Autotune;
import dev.fusejet.units.Quantities;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fusejet fuser autotune}: relay autotune and MPC model identification on the simulated
 * plant; writes the apparatus file with its {@code heater-control} section replaced by the result.
 */
@Command(
    name = "autotune",
    mixinStandardHelpOptions = true,
    description = {
      "Relay autotune (Åström-Hägglund, Ziegler-Nichols) and MPC model identification at a set",
      "point; writes a user apparatus file with the tuned heater-control section."
    })
final class FuserAutotuneCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin SetupOptions setup = new SetupOptions();

  @Option(
      names = "--temperature",
      defaultValue = "180C",
      converter = Converters.Temperature.class,
      description = "Set point to tune at (default: ${DEFAULT-VALUE}).")
  double target;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Apparatus file to write (default: CONFIG_DIR/apparatus/NAME.yaml with --config-dir,"
              + " else ./NAME-tuned.yaml).")
  Path output;

  @Option(names = "--seed", defaultValue = "1", description = "Sensor noise seed.")
  long seed;

  @Override
  public Integer call() {
    Apparatus a = setup.usableApparatus(spec.commandLine().getErr());
    TwinInputs.requireTemperatureWithinLimits(spec, "--temperature", target, a);
    Path file = output != null ? output : defaultOutput(a);
    if (output == null && setup.catalogOptions.configDir != null) {
      try {
        Files.createDirectories(file.toAbsolutePath().getParent());
      } catch (IOException e) {
        throw Outputs.cannotWrite(file, Outputs.reason(e));
      }
    }
    Outputs.requireWritable(file);
    Autotune.Result r =
        Autotune.run(a, setup.usableMedium(spec.commandLine().getErr()), target, seed);
    PrintWriter out = spec.commandLine().getOut();
    r.lines().forEach(out::println);
    HeaterControl tuned = Autotune.tuned(a, r);
    Outputs.writeString(file, withSection(sourceText(a), section(tuned, target)));
    out.println("wrote " + file);
    return 0;
  }

  private Path defaultOutput(Apparatus a) {
    Path dir = setup.catalogOptions.configDir;
    return dir != null
        ? dir.resolve("apparatus").resolve(a.name() + ".yaml")
        : Path.of(a.name() + "-tuned.yaml");
  }

  /** The apparatus file's text: the given file, the user file, or the preset. */
  private String sourceText(Apparatus a) {
    String name = setup.apparatus;
    try {
      Path p = Path.of(name);
      if (Files.isRegularFile(p)) {
        return Files.readString(p, StandardCharsets.UTF_8);
      }
      Path dir = setup.catalogOptions.configDir;
      if (dir != null && Files.isRegularFile(dir.resolve("apparatus").resolve(name + ".yaml"))) {
        return Files.readString(dir.resolve("apparatus").resolve(name + ".yaml"));
      }
      try (InputStream in =
          FuserAutotuneCommand.class.getResourceAsStream(
              "/dev/fusejet/config/presets/apparatus/" + a.name() + ".yaml")) {
        if (in == null) {
          throw new IllegalStateException("no source text for apparatus " + a.name());
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with its top-level heater-control section (and its comment lines) replaced. */
  static String withSection(String text, String section) {
    String[] lines = text.split("\n", -1);
    StringBuilder b = new StringBuilder();
    boolean skipping = false;
    for (String line : lines) {
      if (line.startsWith("heater-control:")) {
        skipping = true;
        continue;
      }
      if (skipping && !line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#")) {
        skipping = false;
      }
      if (!skipping) {
        b.append(line).append('\n');
      }
    }
    String kept = b.toString().replaceAll("(?m)(\n#[^\n]*)+\n*$", "\n").stripTrailing();
    return kept + "\n" + section;
  }

  private static String section(HeaterControl c, double target) {
    SafetyLimits s = c.safety();
    return String.format(
        Locale.ROOT,
        "# Heater control, tuned by `fusejet fuser autotune` at %.1f °C (docs/fuser.md).%n"
            + "heater-control:%n"
            + "  supply-voltage: %s V%n  supply: %s V%n  heater-response: %s s%n  ambient: %s C%n"
            + "  convection: %s W/m2K%n  emissivity: %s%n  sensor-noise: %s K%n  adc-step: %s K%n"
            + "  sensor-low: %s C%n  sensor-high: %s C%n  sensor-angle: %s deg%n"
            + "  control-period: %s s%n"
            + "  controller: %s%n"
            + "  pid:%n    band: %.3f K%n    integral-time: %.3f s%n    derivative-time: %.3f s%n"
            + "  hysteresis: %s K%n"
            + "  mpc:%n    heat-capacity: %.2f J/K%n    ambient-transfer: %.4f W/K%n"
            + "    sensor-response: %.3f s%n    horizon: %.3f s%n    smoothing: %s%n"
            + "  safety:%n    min-temperature: %s C%n    max-temperature: %s C%n"
            + "    watch-period: %s s%n    watch-increase: %s K%n    runaway-hysteresis: %s K%n"
            + "    runaway-max-error: %s K*s%n    stale-time: %s s%n    stuck-period: %s s%n"
            + "    max-heat-time: %s s%n    range-check-count: %d%n"
            + "  ready-band: %s K%n  ready-rate: %s K/s%n  max-feed-delay: %s s%n",
        target,
        Quantities.fmt(c.supplyVoltage()),
        Quantities.fmt(c.supply()),
        Quantities.fmt(c.heaterResponse()),
        Quantities.fmt(c.ambient()),
        Quantities.fmt(c.convection()),
        Quantities.fmt(c.emissivity()),
        Quantities.fmt(c.sensorNoise()),
        Quantities.fmt(c.adcStep()),
        Quantities.fmt(c.sensorLow()),
        Quantities.fmt(c.sensorHigh()),
        Quantities.fmt(Math.toDegrees(c.sensorAngle())),
        Quantities.fmt(c.controlPeriod()),
        c.controller(),
        c.pid().band(),
        c.pid().integralTime(),
        c.pid().derivativeTime(),
        Quantities.fmt(c.hysteresis()),
        c.mpc().heatCapacity(),
        c.mpc().ambientTransfer(),
        c.mpc().sensorResponse(),
        c.mpc().horizon(),
        Quantities.fmt(c.mpc().smoothing()),
        Quantities.fmt(s.minTemperature()),
        Quantities.fmt(s.maxTemperature()),
        Quantities.fmt(s.watchPeriod()),
        Quantities.fmt(s.watchIncrease()),
        Quantities.fmt(s.runawayHysteresis()),
        Quantities.fmt(s.runawayMaxError()),
        Quantities.fmt(s.staleTime()),
        Quantities.fmt(s.stuckPeriod()),
        Quantities.fmt(s.maxHeatTime()),
        s.rangeCheckCount(),
        Quantities.fmt(c.readyBand()),
        Quantities.fmt(c.readyRate()),
        Quantities.fmt(c.maxFeedDelay()));
  }
}
