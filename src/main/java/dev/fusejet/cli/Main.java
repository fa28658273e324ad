package dev.fusejet.cli;

/** Entry point of the {@code fusejet} executable jar. */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status (0 ok, 1 findings or failure, 2 usage). */
  public static int run(String... args) {
    return FusejetCommand.commandLine().execute(args);
  }
}
