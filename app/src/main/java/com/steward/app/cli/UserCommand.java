package com.steward.app.cli;

import com.steward.app.users.UserDirectory;
import com.steward.app.users.UserNotFoundException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code steward user unlock NAME} and {@code steward user reset-password NAME}: account rescue from the command
 * line (an administrator locked out, a lost password), audited like the web's. Exit 0 done, 1 no such user, 2 usage.
 * On the embedded database run them while the server is stopped (one process holds the database file).
 */
@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description = "Rescue accounts: clear a lock-out or issue a new one-time password.",
        subcommands = {UserCommand.Unlock.class, UserCommand.ResetPassword.class})
class UserCommand implements Callable<Integer> {

    @ParentCommand
    StewardCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    abstract static class OnUser implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The username.")
        String username;

        abstract String apply(UserDirectory directory);

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = CliContext.start(parent.root.dataDirectory())) {
                out.println(apply(context.getBean(UserDirectory.class)));
                out.flush();
                return 0;
            } catch (UserNotFoundException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true, description = "Clear the account's sign-in lock.")
    static class Unlock extends OnUser {
        @Override
        String apply(UserDirectory directory) {
            directory.unlock(username);
            return "Unlocked " + username + ".";
        }
    }

    @Command(
            name = "reset-password",
            mixinStandardHelpOptions = true,
            description = "Replace the password with a one-time password, printed once.")
    static class ResetPassword extends OnUser {
        @Override
        String apply(UserDirectory directory) {
            return "New one-time password for " + username + ": " + directory.resetPassword(username);
        }
    }
}
