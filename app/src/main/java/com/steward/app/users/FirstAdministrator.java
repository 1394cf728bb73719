package com.steward.app.users;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On the first start (no users yet) creates {@code admin} with a random password and prints it once. */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private final UserDirectory directory;

    FirstAdministrator(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        directory
                .createFirstAdministrator()
                .ifPresent(created ->
                        System.out.println("""

                ================================================================
                 Steward: first start. An administrator account was created.
                   username: %s
                   password: %s
                 This password is shown once. Sign in and change it (Account).
                ================================================================
                """.formatted(created.account().username(), created.oneTimePassword())));
    }
}
