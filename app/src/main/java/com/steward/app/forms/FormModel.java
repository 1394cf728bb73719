package com.steward.app.forms;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * A page with forms always has an object behind each form. When a posted value could not even be converted
 * (a word in a number field), Spring binds no object at all; the page then gets a blank one and keeps the
 * binding's errors, and {@code fragments/form :: field} shows what was posted (the request's parameter) for a
 * form in error.
 */
public final class FormModel {

    private FormModel() {}

    /** Puts {@code blank} under {@code name} unless an object is there, keeping the errors bound to the name. */
    public static void ensure(Model model, String name, Object blank) {
        if (model.getAttribute(name) != null) {
            return;
        }
        Object errors = model.getAttribute(BindingResult.MODEL_KEY_PREFIX + name);
        model.addAttribute(name, blank);
        if (errors != null) {
            // Putting a new object removes the binding of the old one: put it back.
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
        }
    }
}
