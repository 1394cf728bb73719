package com.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.app.security.TokenIdentity;
import com.steward.app.users.ApiTokens;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code steward token create|list|revoke}: the printed secret authenticates until revoked; exit codes. */
class TokenCommandTest {

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
        int code = StewardCommand.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(all);
        return new Run(code, out.toString(), err.toString());
    }

    Optional<TokenIdentity> authenticate(String secret) {
        try (var context = CliContext.start(new DataDirectory(dir.resolve("data")))) {
            return context.getBean(ApiTokens.class).authenticate(secret);
        }
    }

    @Test
    void createListAndRevokeATokenForANewServiceAccount() {
        Run created = run(
                "token",
                "create",
                "--service",
                "wfm-feed",
                "--role",
                "ANALYST",
                "--name",
                "nightly",
                "--scope",
                "import",
                "--days",
                "30");
        assertThat(created.exitCode()).as(created.err()).isZero();
        Matcher m = Pattern.compile("Token (\\d+) for wfm-feed \\(IMPORT.*\\n(stw_\\S+)")
                .matcher(created.out());
        assertThat(m.find()).as(created.out()).isTrue();
        String id = m.group(1);
        String secret = m.group(2);

        Optional<TokenIdentity> identity = authenticate(secret);
        assertThat(identity).isPresent();
        assertThat(identity.get().actingAs().getUsername()).isEqualTo("wfm-feed");

        Run list = run("token", "list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out())
                .contains("wfm-feed\tnightly\t" + secret.substring(0, 12) + "\tIMPORT\tACTIVE")
                .doesNotContain(secret);

        Run revoked = run("token", "revoke", id);
        assertThat(revoked.exitCode()).as(revoked.err()).isZero();
        assertThat(authenticate(secret)).isEmpty();
        assertThat(run("token", "list").out()).contains("\tREVOKED\t");
    }

    @Test
    void refusalsExit1AndUsageExits2() {
        assertThat(run("token", "create", "--user", "nobody", "--name", "x").err())
                .contains("No user 'nobody'");
        assertThat(run("token", "create", "--user", "admin", "--name", "x", "--days", "0")
                        .exitCode())
                .isEqualTo(1);
        assertThat(run("token", "create", "--user", "admin", "--name", "x", "--scope", "root")
                        .err())
                .contains("read, import or write");
        assertThat(run("token", "revoke", "999").exitCode()).isEqualTo(1);
        assertThat(run("token").exitCode()).isEqualTo(2);
        Run ok = run("token", "create", "--user", "admin", "--name", "admin read");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("for admin (READ");
    }
}
