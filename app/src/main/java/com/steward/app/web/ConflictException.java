package com.steward.app.web;

/** The request conflicts with stored data (e.g. a duplicate code); answered with 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
