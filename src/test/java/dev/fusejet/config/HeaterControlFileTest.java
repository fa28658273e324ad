package dev.fusejet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.apparatus.ApparatusValidator;
import dev.fusejet.apparatus.HeaterControl;
import dev.fusejet.validation.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The apparatus file's heater-control section: units, defaults, validation. */
class HeaterControlFileTest {
  private final Catalog catalog = Catalog.builtIn();

  static String preset(String name) throws Exception {
    return new String(
        Catalog.class.getResourceAsStream("presets/apparatus/" + name + ".yaml").readAllBytes(),
        StandardCharsets.UTF_8);
  }

  @Test
  void presetSectionIsReadInSiUnits() {
    HeaterControl c = catalog.apparatus("roller-nip").heaterControl();
    assertThat(c).isNotNull();
    assertThat(c.pid().band()).isCloseTo(14.1, within(1e-9));
    assertThat(c.mpc().heatCapacity()).isCloseTo(153, within(1e-9));
    assertThat(c.safety().runawayMaxError()).isCloseTo(120, within(1e-9));
    assertThat(c.safety().maxTemperature()).isCloseTo(215, within(1e-9));
    assertThat(c.readyRate()).isCloseTo(0.1, within(1e-12));
    assertThat(c.safety().rangeCheckCount()).isEqualTo(4);
  }

  @Test
  void aFileWithoutTheSectionLoadsWithTheDocumentedDefaults(@TempDir Path dir) throws Exception {
    String text = preset("roller-nip");
    Path f = dir.resolve("old.yaml");
    Files.writeString(f, text.substring(0, text.indexOf("# Heater control")));
    Apparatus a = catalog.apparatus(f.toString());
    assertThat(a.heaterControl()).isNull();
    HeaterControl d = a.control();
    assertThat(d.safety().maxTemperature()).isEqualTo(a.limits().maxTemperature() + 15);
    assertThat(d.safety().watchPeriod()).isEqualTo(20);
    assertThat(d.controlPeriod()).isEqualTo(0.3);
  }

  @Test
  void outOfRangeValuesAreFindingsNamingTheField(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(
        f,
        preset("roller-nip")
            .replace("watch-increase: 2 K", "watch-increase: 1 K")
            .replace("max-temperature: 215 C", "max-temperature: 195 C"));
    Apparatus a = catalog.apparatus(f.toString());
    var errors = ApparatusValidator.validate(a, Double.NaN).of(Severity.ERROR);
    assertThat(errors)
        .anySatisfy(x -> assertThat(x.field()).isEqualTo("heater-control.safety.watch-increase"))
        .anySatisfy(x -> assertThat(x.field()).isEqualTo("heater-control.safety.max-temperature"));
  }

  @Test
  void theSensorAngleIsReadInRadiansAndKeptOutOfTheNip(@TempDir Path dir) throws Exception {
    assertThat(catalog.apparatus("roller-nip").control().sensorAngle())
        .isCloseTo(Math.PI, within(1e-12));
    Path f = dir.resolve("angle.yaml");
    Files.writeString(
        f, preset("roller-nip").replace("sensor-angle: 180 deg", "sensor-angle: 1.5 rad"));
    assertThat(catalog.apparatus(f.toString()).control().sensorAngle()).isEqualTo(1.5);
    Path g = dir.resolve("in-nip.yaml");
    Files.writeString(
        g, preset("roller-nip").replace("sensor-angle: 180 deg", "sensor-angle: 5 deg"));
    assertThat(
            ApparatusValidator.validate(catalog.apparatus(g.toString()), Double.NaN)
                .of(Severity.ERROR))
        .anySatisfy(x -> assertThat(x.field()).isEqualTo("heater-control.sensor-angle"));
    Path h = dir.resolve("unit.yaml");
    Files.writeString(
        h, preset("roller-nip").replace("sensor-angle: 180 deg", "sensor-angle: 180 mm"));
    assertThatThrownBy(() -> catalog.apparatus(h.toString()))
        .hasMessageContaining("heater-control.sensor-angle");
  }

  @Test
  void wrongUnitAndFractionalCountAreRejected(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("unit.yaml");
    Files.writeString(
        f, preset("roller-nip").replace("heat-capacity: 153 J/K", "heat-capacity: 153 W/K"));
    assertThatThrownBy(() -> catalog.apparatus(f.toString()))
        .hasMessageContaining("heater-control.mpc.heat-capacity");
    Path g = dir.resolve("count.yaml");
    Files.writeString(
        g, preset("roller-nip").replace("range-check-count: 4", "range-check-count: 2.5"));
    assertThatThrownBy(() -> catalog.apparatus(g.toString()))
        .hasMessageContaining("heater-control.safety.range-check-count")
        .hasMessageContaining("whole number");
  }
}
