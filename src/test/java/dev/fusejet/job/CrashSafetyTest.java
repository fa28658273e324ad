package dev.fusejet.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fusejet.device.SheetRecord;
import dev.fusejet.device.SheetRecords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety with real processes: a child JVM ({@link CrashChild}) prints a stream of jobs on a
 * state directory and is killed with SIGKILL at random moments, 20 times, then runs to the end.
 * After every kill the state directory must load and no sheet may be recorded twice; at the end
 * every job has ended exactly once, completed ones with every sheet once, the others with a stated
 * reason. The kill moments are chosen on observed progress (sheets delivered, jobs journaled)
 * polled with a deadline: no sleeping.
 */
class CrashSafetyTest {

  static final int CYCLES = 20;
  static final int JOBS = 12;

  @TempDir Path dir;

  @Test
  void killedAtRandomMomentsEveryJobEndsExactlyOnceAndNoSheetIsPrintedTwice() throws Exception {
    Path doc = Printers.png(dir, "photo.png", 100, 150);
    Path state = dir.resolve("state");
    Random random = new Random(19);
    int kills = 0;
    for (int cycle = 0; cycle < CYCLES; cycle++) {
      int before = progress(state);
      Process p = child(state, doc);
      // kill once progress has moved on by 0 or 1 step, a random number of polls later
      int target = before + random.nextInt(2);
      int extraPolls = random.nextInt(4);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      boolean exited = false;
      while (System.nanoTime() < deadline) {
        if (p.waitFor(20, TimeUnit.MILLISECONDS)) {
          exited = true;
          break;
        }
        if (progress(state) >= target && extraPolls-- <= 0) {
          break;
        }
      }
      if (!exited) {
        p.destroyForcibly(); // SIGKILL
        kills++;
      }
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      check(state);
    }
    Process last = child(state, doc);
    assertThat(last.waitFor(120, TimeUnit.SECONDS)).as("final run ends").isTrue();
    assertThat(last.exitValue()).isZero();
    assertThat(
            new String(
                last.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("DONE");
    List<JobInfo> jobs = check(state);
    Map<JobState, Integer> outcomes = new EnumMap<>(JobState.class);
    Set<String> names = new HashSet<>();
    for (JobInfo j : jobs) {
      assertThat(names.add(j.ticket().name())).as("one job per name: %s", j).isTrue();
      assertThat(j.state().terminal()).as("%s", j).isTrue();
      outcomes.merge(j.state(), 1, Integer::sum);
      if (j.state() == JobState.COMPLETED) {
        assertThat(j.sheets()).hasSize(2);
      } else {
        assertThat(j.message()).as("reason of %s", j).isNotBlank();
      }
    }
    assertThat(names).hasSize(JOBS);
    assertThat(kills).isGreaterThanOrEqualTo(CYCLES / 2);
    StringBuilder each = new StringBuilder();
    for (JobInfo j : jobs) {
      each.append(
          String.format(
              "%n  %s: %s %s, %d sheet(s) %s",
              j.ticket().name(), j.state().keyword(), j.reasons(), j.sheets().size(), j.message()));
    }
    System.out.printf(
        "crash test: %d cycles, %d killed with SIGKILL, %d jobs, outcomes %s%s%n",
        CYCLES, kills, jobs.size(), outcomes, each);
  }

  /** Starts the child on {@code state}. */
  private Process child(Path state, Path doc) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx160m",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path"),
            CrashChild.class.getName(),
            state.toString(),
            doc.toString(),
            Integer.toString(JOBS))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** Jobs journaled plus sheets recorded: grows as the child works. */
  private static int progress(Path state) throws IOException {
    Path jobs = state.resolve("jobs");
    if (!Files.isDirectory(jobs)) {
      return 0;
    }
    int n = 0;
    try (var dirs = Files.list(jobs)) {
      for (Path d : dirs.toList()) {
        n++;
        Path records = d.resolve(SheetRecords.JSON_LINES);
        if (Files.exists(records)) {
          n += (int) Files.readString(records).chars().filter(ch -> ch == '\n').count();
        }
      }
    }
    return n;
  }

  /** The state directory loads and no job has a sheet recorded twice or out of order. */
  private static List<JobInfo> check(Path state) throws IOException {
    List<JobInfo> jobs = JobService.read(state);
    for (JobInfo j : jobs) {
      List<Integer> sheets = new ArrayList<>();
      for (SheetRecord r : SheetRecords.read(j.folder())) {
        sheets.add(r.sheet());
      }
      for (int i = 0; i < sheets.size(); i++) {
        assertThat(sheets.get(i)).as("job %d sheets %s", j.id(), sheets).isEqualTo(i + 1);
      }
      assertThat(sheets.size()).isLessThanOrEqualTo(2);
    }
    return jobs;
  }
}
