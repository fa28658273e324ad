package dev.fusejet.cli;

import dev.fusejet.ipp.Passwords;
import dev.fusejet.ipp.ServeOptions;
import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fusejet passwd}: sets the administrator's password (stored hashed). */
@Command(
    name = "passwd",
    mixinStandardHelpOptions = true,
    description = {
      "Sets the administrator's user name and password for the printer's admin operations"
          + " (Set-Printer-Attributes, Pause-Printer, Resume-Printer, media changes), which need"
          + " HTTP Basic authentication over ipps. The password is stored as a PBKDF2-SHA256 hash"
          + " in STATE/passwd. Reads it twice from the terminal, or once from standard input"
          + " with --stdin."
    })
final class PasswdCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--state", description = "State directory (default ~/.local/share/fusejet).")
  Path state;

  @Option(names = "--user", description = "Administrator's user name (default admin).")
  String user = "admin";

  @Option(
      names = "--stdin",
      description = "Read the password from the first line of standard input.")
  boolean stdin;

  @Override
  // Java 17: System.console() is null without a terminal, which selects standard input here
  @SuppressWarnings("SystemConsoleNull")
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = state != null ? state : ServeOptions.defaults().stateDir();
    char[] password;
    Console console = System.console();
    if (stdin || console == null) {
      BufferedReader r =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line = r.readLine();
      password = line == null ? new char[0] : line.toCharArray();
    } else {
      password = console.readPassword("New password for %s: ", user);
      char[] again = console.readPassword("Again: ");
      if (password == null || again == null || !Arrays.equals(password, again)) {
        err.println("fusejet passwd: the two passwords differ; nothing changed");
        return 1;
      }
    }
    try {
      Passwords p = new Passwords(dir);
      p.set(user, password);
      out.println("fusejet passwd: password of " + user + " set (" + p.file() + ")");
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("fusejet passwd: " + e.getMessage() + "; nothing changed");
      return 1;
    } finally {
      Arrays.fill(password, '\0');
    }
  }
}
