package com.steward.app.cli;

import com.steward.app.vendors.RegisterVendorCommand;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.vendors.VendorStatus;
import com.steward.app.web.ConflictException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code steward vendor add|list}: the vendor codes imports accept in {@code handled_by}, for scripts. */
@Command(
        name = "vendor",
        mixinStandardHelpOptions = true,
        description = "Register and list vendors (their codes are what exports put in handled_by).",
        subcommands = {VendorCommand.Add.class, VendorCommand.ListVendors.class})
class VendorCommand implements Callable<Integer> {

    @ParentCommand
    StewardCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Register a vendor.")
    static class Add implements Callable<Integer> {
        @ParentCommand
        VendorCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CODE", description = "lower-case letters, digits, '-' or '_'")
        String code;

        @Parameters(index = "1", paramLabel = "NAME")
        String name;

        @Option(
                names = "--status",
                defaultValue = "contracted",
                description = "prospect, shortlisted, contracted or exited. Default: ${DEFAULT-VALUE}.")
        String status;

        @Override
        public Integer call() {
            if (!code.matches("[a-z0-9][a-z0-9_-]{0,39}")) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "CODE must be lower-case letters, digits, '-' or '_' (at most 40): " + code);
            }
            if (name.isBlank() || name.length() > 200) {
                throw new CommandLine.ParameterException(spec.commandLine(), "NAME must be 1 to 200 characters");
            }
            VendorStatus parsed;
            try {
                parsed = VendorStatus.valueOf(status.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Unknown --status " + status);
            }
            try (ConfigurableApplicationContext context = CliContext.start(parent.root.dataDirectory())) {
                Vendor vendor =
                        context.getBean(VendorRegister.class).register(new RegisterVendorCommand(code, name, parsed));
                spec.commandLine()
                        .getOut()
                        .printf(Locale.ROOT, "registered vendor %s (%s)%n", vendor.code(), vendor.name());
                return 0;
            } catch (ConflictException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the vendors and their codes.")
    static class ListVendors implements Callable<Integer> {
        @ParentCommand
        VendorCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = CliContext.start(parent.root.dataDirectory())) {
                out.println("inhouse\t(your own contact center)");
                for (Vendor vendor : context.getBean(VendorRegister.class).allVendorsForAdministration()) {
                    out.printf(
                            Locale.ROOT,
                            "%s\t%s\t%s%n",
                            vendor.code(),
                            vendor.name(),
                            vendor.status().name().toLowerCase(Locale.ROOT));
                }
                out.flush();
                return 0;
            }
        }
    }
}
