package com.steward.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Error pages for the server-rendered UI: a readable page with the right status, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 1)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    void notFound(RuntimeException e, HttpServletResponse response) throws IOException {
        // Through the container's error page (as a 403 goes), so the 404 page gets the layout's model:
        // an exception handler's model has no @ModelAttribute values, and the page lost its navigation.
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, Model model, HttpServletResponse response) {
        response.setStatus(409);
        model.addAttribute("status", 409);
        model.addAttribute("message", e.getMessage());
        return "error/error";
    }

    @ExceptionHandler(InvalidRequestException.class)
    String invalid(InvalidRequestException e, Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("status", 400);
        model.addAttribute("message", e.getMessage());
        return "error/error";
    }

    @ExceptionHandler({
        CannotGetJdbcConnectionException.class,
        DataAccessResourceFailureException.class,
        TransientDataAccessException.class
    })
    String databaseUnavailable(RuntimeException e, HttpServletResponse response) {
        log.warn("Database unavailable: {}", e.getMessage());
        response.setStatus(503);
        return "error/503";
    }
}
