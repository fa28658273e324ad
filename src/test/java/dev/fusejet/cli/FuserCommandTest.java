package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fusejet fuser simulate}: its summary, JSON, records, plot and a fault's exit status. */
class FuserCommandTest {
  @TempDir Path dir;

  @Test
  void aShortJobIsSummarisedPlottedAndRecorded() throws Exception {
    Path plot = dir.resolve("run.svg");
    Path csv = dir.resolve("run.csv");
    CliRun r =
        CliRun.of(
            "fuser",
            "simulate",
            "--apparatus",
            "roller-nip",
            "--sheets",
            "20",
            "--plot",
            plot.toString(),
            "--csv",
            csv.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("20 through, 20 compliant")
        .contains("droop per sheet")
        .contains("true surface at entry")
        .contains("energy:");
    assertThat(Files.readString(plot)).startsWith("<").contains("</svg>");
    assertThat(Files.readAllLines(csv)).hasSize(21);
  }

  @Test
  void autotuneWritesAnApparatusFileThatLoadsWithTheTunedSection() throws Exception {
    Path file = dir.resolve("belt-tuned.yaml");
    CliRun r =
        CliRun.of(
            "fuser",
            "autotune",
            "--apparatus",
            "belt-nip",
            "--temperature",
            "175C",
            "--output",
            file.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("wrote " + file);
    dev.fusejet.apparatus.HeaterControl c =
        dev.fusejet.config.Catalog.builtIn().apparatus(file.toString()).control();
    dev.fusejet.apparatus.HeaterControl preset =
        dev.fusejet.config.Catalog.builtIn().apparatus("belt-nip").control();
    // everything the tuning does not touch comes back as it was, the sensor's position included
    assertThat(c.sensorAngle()).isCloseTo(Math.PI, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(c.safety()).isEqualTo(preset.safety());
    // the tuned values: near the preset's own autotune at 180 °C (band 15.6 K, C 104 J/K)
    assertThat(c.pid().band()).isBetween(0.7 * preset.pid().band(), 1.3 * preset.pid().band());
    assertThat(c.mpc().heatCapacity())
        .isBetween(0.9 * preset.mpc().heatCapacity(), 1.1 * preset.mpc().heatCapacity());
  }

  @Test
  void aFaultIsReportedLatchedWithANonZeroStatus() throws Exception {
    CliRun r =
        CliRun.of(
            "fuser",
            "simulate",
            "--apparatus",
            "belt-nip",
            "--sheets",
            "60",
            "--fault",
            "shorted@80",
            "--json");
    assertThat(r.status()).isNotZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.path("fault").path("guard").asText()).isEqualTo("range-debounce");
    assertThat(j.path("fault").path("reason").asText()).isEqualTo("fuser-over-temp-error");
    for (JsonNode s : j.path("records")) {
      if (s.path("entryTime").asDouble() + 0.5 >= j.path("fault").path("time").asDouble()) {
        assertThat(s.path("compliant").asBoolean()).isFalse();
      }
    }
  }
}
