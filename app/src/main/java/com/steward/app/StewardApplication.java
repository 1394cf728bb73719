package com.steward.app;

import com.steward.app.cli.StewardCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Steward's Spring Boot application; {@link #main} is the command line, whose default command serves the web app. */
@SpringBootApplication
@EnableScheduling
public class StewardApplication {

    public static void main(String[] args) {
        System.exit(StewardCommand.execute(args));
    }
}
