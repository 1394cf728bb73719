package com.steward.app.web;

/** The request is well-formed but its content breaks a rule; answered with 400 and the rule. */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
