package com.steward.analytics.lake;

/** The lake could not be read or written; nothing published was changed. */
public class LakeException extends RuntimeException {
    public LakeException(String message, Throwable cause) {
        super(message, cause);
    }

    public LakeException(String message) {
        super(message);
    }
}
