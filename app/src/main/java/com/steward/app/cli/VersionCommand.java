package com.steward.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints Steward's version, build time and the Java runtime. */
@Command(name = "version", description = "Print the version of Steward and of the Java runtime.")
class VersionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (String line : new Provider().getVersion()) {
            spec.commandLine().getOut().println(line);
        }
        return 0;
    }

    /** Reads the build information that spring-boot-maven-plugin writes into the jar. */
    static class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties build = new Properties();
            try (InputStream in = Provider.class.getResourceAsStream("/META-INF/build-info.properties")) {
                if (in != null) {
                    build.load(in);
                }
            }
            return new String[] {
                "Steward " + build.getProperty("build.version", "development build"),
                "built " + build.getProperty("build.time", "unknown"),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
