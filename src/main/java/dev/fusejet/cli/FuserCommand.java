package dev.fusejet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code fusejet fuser}: the heater's control loop on the simulated plant. */
@Command(
    name = "fuser",
    mixinStandardHelpOptions = true,
    subcommands = {FuserSimulateCommand.class, FuserAutotuneCommand.class},
    description = "Heater control on the simulated fuser: simulate a job, autotune the controller.")
final class FuserCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
