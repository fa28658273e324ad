package dev.fusejet.cli;

import dev.fusejet.config.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the real command line in-process, capturing stdout, stderr and the exit status. */
record CliRun(int status, String out, String err) {
  static CliRun of(String... args) {
    CommandLine cl = FusejetCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int status = cl.execute(args);
    return new CliRun(status, out.toString(), err.toString());
  }

  /** The text of a built-in preset file, e.g. {@code media/glossy-ldpe-70.yaml}. */
  static String preset(String path) throws IOException {
    try (InputStream in = Catalog.class.getResourceAsStream("presets/" + path)) {
      if (in == null) {
        throw new IOException("no built-in preset presets/" + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
