package dev.fusejet.cli;

import dev.fusejet.config.ConfigException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code fusejet} command, which only groups the subcommands. */
@Command(
    name = "fusejet",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Controller software for a pigment inkjet printer with a heated fusing nip.",
    subcommands = {
      CommandLine.HelpCommand.class,
      WindowCommand.class,
      MediaCommand.class,
      ApparatusCommand.class,
      InkCommand.class,
      TwinCommand.class,
      FuserCommand.class,
      RipCommand.class,
      PrintCommand.class,
      JobsCommand.class,
      BenchCommand.class,
    })
final class FusejetCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A configured command line with every subcommand registered. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new FusejetCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (ex, line, parseResult) -> {
          if (ex instanceof ConfigException || ex instanceof UncheckedIOException) {
            line.getErr().println("fusejet " + line.getCommandName() + ": " + ex.getMessage());
            return 1;
          }
          throw ex;
        });
    return cl;
  }
}
