package com.steward.app.dropfolders;

/**
 * A drop folder as entered in the form or the API; validated by {@link DropFolders#save}.
 *
 * @param folder absolute, or relative to {@code steward.drop-folders.root}
 * @param policy {@code reject-file} or {@code accept-good}
 * @param dataset {@code interactions} or {@code customer-events}
 */
public record SaveDropFolderCommand(
        String name,
        String folder,
        String pattern,
        String mappingName,
        String dataset,
        String policy,
        String schedule,
        Integer staleAfterDays,
        Boolean enabled) {}
