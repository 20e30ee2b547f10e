package dev.dossier.cli;

import dev.dossier.ingest.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dossier} command. User errors (bad paths, bad options, unreadable input) print one
 * line and exit non-zero; a stack trace appears only for internal errors, and only with {@code
 * DOSSIER_DEBUG=1}.
 */
@Command(
    name = "dossier",
    mixinStandardHelpOptions = true,
    version = "dossier 0.1.0",
    description = "Many news reports about one story in, one cited briefing out.",
    subcommands = {
      BriefCommand.class,
      BenchCommand.class,
      EvalDatesCommand.class,
      DatesCommand.class,
      IngestCommand.class,
      StoriesCommand.class,
      SearchCommand.class,
      SummarizeCommand.class,
      EvalCommand.class,
      TrainCommand.class,
      EvalClusteringCommand.class,
      EvalDedupCommand.class,
      ClusterCommand.class,
      LearnBoilerplateCommand.class,
      LearnFrequenciesCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {
  /** Exit code for unreadable or missing input. */
  public static final int EXIT_INPUT = 3;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    // A bad option is one line and a pointer to the help, not the whole usage text.
    cli.setParameterExceptionHandler(
        (e, a) -> {
          CommandLine cmd = e.getCommandLine();
          cmd.getErr().println("dossier: " + e.getMessage());
          cmd.getErr().println("try: " + cmd.getCommandSpec().qualifiedName() + " --help");
          return CommandLine.ExitCode.USAGE;
        });
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> report(e, cmd.getErr()));
    try {
      return cli.execute(args);
    } catch (Error e) {
      // Errors (a broken class initializer, a missing native library) bypass picocli's handler.
      System.err.println("dossier: internal error: " + e + " (set DOSSIER_DEBUG=1 for details)");
      if ("1".equals(System.getenv("DOSSIER_DEBUG"))) {
        e.printStackTrace();
      }
      return CommandLine.ExitCode.SOFTWARE;
    }
  }

  /**
   * Reports a command's failure in one line and returns the exit code: the user's errors (missing
   * or unreadable input, an unwritable output: 3; a bad option: 2) say what to fix; anything else,
   * an {@link IllegalArgumentException} included, is a bug of ours (1), whose trace {@code
   * DOSSIER_DEBUG=1} prints.
   */
  static int report(Exception e, java.io.PrintWriter err) {
    if (e instanceof InputException
        || e instanceof UserError
        || e instanceof dev.dossier.engine.OutputFile.OutputException) {
      err.println("dossier: " + e.getMessage());
      return EXIT_INPUT;
    }
    if (e instanceof UsageError) {
      err.println("dossier: " + e.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
    err.println("dossier: internal error: " + e + " (set DOSSIER_DEBUG=1 for details)");
    if ("1".equals(System.getenv("DOSSIER_DEBUG"))) {
      e.printStackTrace(err);
    }
    return CommandLine.ExitCode.SOFTWARE;
  }

  /** A bad option value found by a command itself (exit 2, like picocli's own usage errors). */
  static final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
      super(message);
    }
  }

  /** A user error found by a command itself (not by ingest), shown as one line. */
  static final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
      super(message);
    }
  }
}
