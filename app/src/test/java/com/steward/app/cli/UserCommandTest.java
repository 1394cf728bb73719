package com.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.app.users.UserDirectory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/** {@code steward user reset-password|unlock NAME} on a data directory: the new password signs in, exit codes. */
class UserCommandTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {}

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = new picocli.CommandLine(new StewardCommand())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(all);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void resetPasswordPrintsAOneTimePasswordThatSignsInAndUnknownUsersExit1() {
        Run reset = run("user", "reset-password", "admin");
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        Matcher m =
                Pattern.compile("New one-time password for admin: (\\S{20})").matcher(reset.out());
        assertThat(m.find()).as(reset.out()).isTrue();
        String password = m.group(1);

        Run unlock = run("user", "unlock", "admin");
        assertThat(unlock.exitCode()).as(unlock.err()).isZero();
        assertThat(unlock.out()).contains("Unlocked admin.");

        assertThat(run("user", "unlock", "nobody").exitCode()).isEqualTo(1);
        assertThat(run("user", "reset-password", "nobody").err()).contains("No user 'nobody'");
        assertThat(run("user").exitCode()).isEqualTo(2);

        try (var context = CliContext.start(new DataDirectory(dir.resolve("data")))) {
            DaoAuthenticationProvider provider = new DaoAuthenticationProvider(context.getBean(UserDirectory.class));
            provider.setPasswordEncoder(context.getBean(PasswordEncoder.class));
            AuthenticationManager manager = new ProviderManager(provider);
            assertThat(manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", password))
                            .isAuthenticated())
                    .isTrue();
        }
    }
}
