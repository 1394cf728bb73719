package com.steward.app.cli;

import com.steward.app.security.Actors;
import com.steward.app.security.Role;
import com.steward.app.security.TokenScope;
import com.steward.app.users.ApiToken;
import com.steward.app.users.ApiTokens;
import com.steward.app.users.CreateServiceAccountCommand;
import com.steward.app.users.CreateTokenCommand;
import com.steward.app.users.IssuedToken;
import com.steward.app.users.UserDirectory;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import com.steward.app.web.NotFoundException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code steward token create|list|revoke}: API tokens from the command line, audited as the command line. Exit 0
 * done, 1 refused (no such user or token, invalid values), 2 usage. On the embedded database run them while the server
 * is stopped (one process holds the database file); with the server running use {@code /api/v1/tokens}.
 */
@Command(
        name = "token",
        mixinStandardHelpOptions = true,
        description = "API tokens: issue (secret printed once), list, revoke.",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
class TokenCommand implements Callable<Integer> {

    @ParentCommand
    @Nullable
    StewardCommand root;

    @Spec
    @Nullable
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandSpec command = require(spec);
        command.commandLine().usage(command.commandLine().getErr());
        return 2;
    }

    private static <T> T require(@Nullable T injected) {
        if (injected == null) {
            throw new IllegalStateException("picocli did not inject the command");
        }
        return injected;
    }

    /** Runs {@code work} against the data directory's database as the command-line actor. */
    abstract static class OnTokens implements Callable<Integer> {
        @ParentCommand
        @Nullable
        TokenCommand parent;

        @Spec
        @Nullable
        CommandSpec spec;

        abstract String apply(ConfigurableApplicationContext context);

        @Override
        public Integer call() {
            CommandSpec command = require(spec);
            PrintWriter out = command.commandLine().getOut();
            try (ConfigurableApplicationContext context =
                    CliContext.start(require(require(parent).root).dataDirectory())) {
                String result = Actors.as(Actors.system("cli", "Command line"), () -> apply(context));
                out.println(result);
                out.flush();
                return 0;
            } catch (NotFoundException | ConflictException | InvalidRequestException | IllegalArgumentException e) {
                command.commandLine().getErr().println(e.getMessage());
                return 1;
            }
        }
    }

    /** A service account to create before issuing its token. */
    static class ServiceAccount {
        @Option(names = "--service", required = true, paramLabel = "NAME", description = "Create this service account.")
        String name = "";

        @Option(names = "--role", required = true, description = "Its role: ${COMPLETION-CANDIDATES}.")
        Role role = Role.VIEWER;

        @Option(names = "--vendor", paramLabel = "ID", description = "Its vendor (VENDOR role only).")
        @Nullable
        Long vendorId;
    }

    /** Whose token it is: an existing user, or a new service account. */
    static class Owner {
        @Option(names = "--user", required = true, paramLabel = "NAME", description = "An existing user.")
        @Nullable
        String user;

        @ArgGroup(exclusive = false)
        @Nullable
        ServiceAccount service;
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Issue a token; its secret is printed once.")
    static class Create extends OnTokens {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Owner owner = new Owner();

        @Option(names = "--name", required = true, description = "What the token is for.")
        String name = "";

        @Option(names = "--scope", defaultValue = "read", description = "read, import or write (default: read).")
        String scope = "read";

        @Option(names = "--days", defaultValue = "90", description = "Days until it expires (1 to 730; default 90).")
        int days = 90;

        @Override
        String apply(ConfigurableApplicationContext context) {
            if (days < 1 || days > CreateTokenCommand.MAX_DAYS) {
                throw new IllegalArgumentException("--days must be between 1 and " + CreateTokenCommand.MAX_DAYS);
            }
            String username = owner.user;
            ServiceAccount service = owner.service;
            if (service != null) {
                context.getBean(UserDirectory.class)
                        .createServiceAccount(new CreateServiceAccountCommand(
                                service.name, "Service account " + service.name, service.role, service.vendorId));
                username = service.name;
            }
            IssuedToken issued = context.getBean(ApiTokens.class)
                    .issue(new CreateTokenCommand(require(username), name, TokenScope.parse(scope), days));
            return "Token " + issued.token().id() + " for " + issued.token().owner() + " ("
                    + issued.token().scope() + ", expires " + issued.token().expiresAt() + "). Shown once:\n"
                    + issued.secret();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tokens (never their secrets).")
    static class ListTokens extends OnTokens {
        @Override
        String apply(ConfigurableApplicationContext context) {
            Instant now = Instant.now();
            StringBuilder text = new StringBuilder("id\towner\tname\tstarts\tscope\tstatus\texpires\tlast used");
            for (ApiToken t : context.getBean(ApiTokens.class).all()) {
                text.append('\n')
                        .append(String.join(
                                "\t",
                                String.valueOf(t.id()),
                                t.owner(),
                                t.name(),
                                t.prefix(),
                                t.scope().name(),
                                t.status(now),
                                t.expiresAt().toString(),
                                t.lastUsedAt() == null ? "never" : String.valueOf(t.lastUsedAt())));
            }
            return text.toString();
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token at once.")
    static class Revoke extends OnTokens {
        @Parameters(index = "0", paramLabel = "ID", description = "The token's id (see token list).")
        long id;

        @Override
        String apply(ConfigurableApplicationContext context) {
            ApiToken token = context.getBean(ApiTokens.class).revoke(id);
            return "Revoked token " + token.id() + " (" + token.name() + ", " + token.owner() + ").";
        }
    }
}
