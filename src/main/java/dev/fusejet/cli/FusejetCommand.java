package dev.fusejet.cli;

import dev.fusejet.config.ConfigException;
import dev.fusejet.fuser.FusingMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.function.Function;
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
      ServeCommand.class,
      PasswdCommand.class,
      ProfileCommand.class,
      MeasureCommand.class,
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
    cl.registerConverter(FusingMode.class, keyword(FusingMode::fromLabel));
    cl.setParameterExceptionHandler(FusejetCommand::usageError);
    cl.setExecutionExceptionHandler(
        (ex, line, parseResult) -> {
          if (ex instanceof ConfigException || ex instanceof UncheckedIOException) {
            line.getErr().println(prefix(line) + ex.getMessage());
            return 1;
          }
          if (ex instanceof IOException io) {
            line.getErr().println(prefix(line) + Outputs.reason(io));
            return 1;
          }
          throw ex;
        });
    return cl;
  }

  /**
   * A converter for a keyword option: the parser's message (which names the value and the accepted
   * keywords) becomes a usage error.
   */
  static <T> CommandLine.ITypeConverter<T> keyword(Function<String, T> parse) {
    return text -> {
      try {
        return parse.apply(text);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    };
  }

  /** Exit status of a bad option value or a malformed command line. */
  static final int USAGE = 2;

  /**
   * Every bad option value, unknown option or missing argument of every command: one line naming
   * the option and the value as written, a pointer to the command's help, exit status 2.
   */
  private static int usageError(CommandLine.ParameterException ex, String[] args) {
    CommandLine line = ex.getCommandLine();
    PrintWriter err = line.getErr();
    err.println(prefix(line) + ex.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
      err.println("See 'fusejet " + commandPath(line) + " --help' for the options.");
    }
    err.flush();
    return USAGE;
  }

  private static String prefix(CommandLine line) {
    return "fusejet " + commandPath(line) + ": ";
  }

  /** The subcommand path without the program name, e.g. {@code twin map}. */
  private static String commandPath(CommandLine line) {
    String q = line.getCommandSpec().qualifiedName(" ");
    return q.startsWith("fusejet ")
        ? q.substring("fusejet ".length())
        : q.equals("fusejet") ? "" : q;
  }
}
