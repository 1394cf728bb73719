package com.steward.app.lake;

import org.jspecify.annotations.Nullable;

/** The lake could not do what was asked; it is unchanged. */
public final class LakeFailure extends RuntimeException {
    LakeFailure(@Nullable String message, Throwable cause) {
        super(message, cause);
    }
}
