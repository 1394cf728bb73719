package com.steward.app.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Makes the data directory (database, lake, uploads, rejects, documents) readable by Steward's user alone: the
 * folder and every folder in it 0700, every file 0600, before the database opens. Files created later keep the
 * process's umask (Java cannot set it; {@code ./steward} sets {@code umask 077}), but nobody else can enter the
 * 0700 folder to reach them. A probe read password hashes from the world-readable H2 lock file and files.
 */
@Configuration(proxyBeanMethods = false)
class PrivateDataDirectory {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    /** Runs before any bean (the data source among them) is created, with the final {@code steward.data-dir}. */
    @Bean
    static BeanFactoryPostProcessor restrictDataDirectory(Environment environment) {
        return beanFactory -> {
            String dataDir = environment.getProperty("steward.data-dir");
            if (dataDir != null && !dataDir.isBlank()) {
                restrict(Path.of(dataDir));
            }
        };
    }

    /** Creates {@code dataDir} if needed and restricts it and everything in it; no-op without POSIX permissions. */
    static void restrict(Path dataDir) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            try (Stream<Path> paths = Files.walk(dataDir)) {
                for (Path path : paths.toList()) {
                    if (Files.isSymbolicLink(path)) {
                        continue;
                    }
                    try {
                        Files.setPosixFilePermissions(
                                path, Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? FOLDER : FILE);
                    } catch (IOException | SecurityException e) {
                        // a file owned by someone else: leave it (the folder above is still closed)
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the data directory " + dataDir, e);
        }
    }
}
