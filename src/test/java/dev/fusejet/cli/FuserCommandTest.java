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
