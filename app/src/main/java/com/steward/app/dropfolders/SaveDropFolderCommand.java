package com.steward.app.dropfolders;

import org.jspecify.annotations.Nullable;

/**
 * A drop folder as entered in the form or the API; validated by {@link DropFolders#save}.
 *
 * @param folder absolute, or relative to {@code steward.drop-folders.root}
 * @param policy {@code reject-file} or {@code accept-good}
 * @param dataset {@code interactions} or {@code customer-events}
 */
public record SaveDropFolderCommand(
        @Nullable String name,
        @Nullable String folder,
        @Nullable String pattern,
        @Nullable String mappingName,
        @Nullable String dataset,
        @Nullable String policy,
        @Nullable String schedule,
        @Nullable Integer staleAfterDays,
        @Nullable Boolean enabled) {}
