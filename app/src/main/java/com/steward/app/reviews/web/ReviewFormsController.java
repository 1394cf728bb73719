package com.steward.app.reviews.web;

import com.steward.app.reviews.ActionItem;
import com.steward.app.reviews.Meeting;
import com.steward.app.reviews.Promise;
import com.steward.app.reviews.ReviewActions;
import com.steward.app.reviews.ReviewCadences;
import com.steward.app.reviews.ReviewMeetings;
import com.steward.app.reviews.ReviewPromises;
import com.steward.app.reviews.Reviews;
import com.steward.app.reviews.web.ReviewForms.ActionForm;
import com.steward.app.reviews.web.ReviewForms.ActionUpdateForm;
import com.steward.app.reviews.web.ReviewForms.CadenceForm;
import com.steward.app.reviews.web.ReviewForms.CancelForm;
import com.steward.app.reviews.web.ReviewForms.GenerateForm;
import com.steward.app.reviews.web.ReviewForms.MeetingForm;
import com.steward.app.reviews.web.ReviewForms.MinutesForm;
import com.steward.app.reviews.web.ReviewForms.OutcomeForm;
import com.steward.app.reviews.web.ReviewForms.PromiseForm;
import com.steward.app.reviews.web.ReviewForms.ReportForm;
import com.steward.app.security.Roles;
import com.steward.app.web.ConflictException;
import com.steward.app.web.DisplayFormat;
import com.steward.app.web.InvalidRequestException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review pages' forms. Each is a validated record ({@link ReviewForms}); a change the service refuses comes back
 * as its page again with what the user typed and the message beside the field (400, or 409 for a conflict), nothing
 * half-written. Who may post what is on the services' methods as well as here.
 */
@Controller
class ReviewFormsController {

    private final Reviews reviews;
    private final ReviewCadences cadences;
    private final ReviewMeetings meetings;
    private final ReviewActions actions;
    private final ReviewPromises promises;
    private final ReviewPageModels pages;
    private final DisplayFormat fmt;
    private final MessageSource messages;

    ReviewFormsController(
            Reviews reviews,
            ReviewCadences cadences,
            ReviewMeetings meetings,
            ReviewActions actions,
            ReviewPromises promises,
            ReviewPageModels pages,
            DisplayFormat fmt,
            MessageSource messages) {
        this.reviews = reviews;
        this.cadences = cadences;
        this.meetings = meetings;
        this.actions = actions;
        this.promises = promises;
        this.pages = pages;
        this.fmt = fmt;
        this.messages = messages;
    }

    /** The forms by the name they are bound under, to show what was typed when a form could not even be built. */
    private static final Map<String, Class<? extends Record>> FORMS = Map.of(
            "cadenceForm", CadenceForm.class,
            "generateForm", GenerateForm.class,
            "meetingForm", MeetingForm.class,
            "minutesForm", MinutesForm.class,
            "cancelForm", CancelForm.class,
            "actionForm", ActionForm.class,
            "updateForm", ActionUpdateForm.class,
            "promiseForm", PromiseForm.class,
            "reportForm", ReportForm.class,
            "outcomeForm", OutcomeForm.class);

    /** A posted form: its binding, the request's model and response, and the page shown again when refused. */
    private record Posted(
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Supplier<String> page) {}

    /**
     * Runs {@code work} (its result: the notice and where to go) unless the form has errors already; a refusal shows
     * the page again with the form's messages by field ({@code formErrors}, "" for the form as a whole) and which
     * form failed ({@code failedForm}).
     */
    private String submit(Posted posted, Supplier<Done> work) {
        BindingResult errors = posted.errors();
        if (!errors.hasErrors()) {
            try {
                Done done = work.get();
                posted.redirect().addFlashAttribute("notice", done.notice());
                return "redirect:" + done.target();
            } catch (InvalidRequestException e) {
                reject(errors, e.field(), Objects.toString(e.getMessage(), "refused"));
            } catch (ConflictException e) {
                errors.reject("conflict", Objects.toString(e.getMessage(), "conflict"));
                posted.response().setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        if (posted.response().getStatus() != HttpServletResponse.SC_CONFLICT) {
            posted.response().setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        Map<String, String> byField = new LinkedHashMap<>();
        for (ObjectError e : errors.getAllErrors()) {
            String field = e instanceof FieldError f ? f.getField() : "";
            byField.merge(field, messages.getMessage(e, Locale.ENGLISH), (a, b) -> a + " " + b);
        }
        keepTyped(errors, posted.model());
        posted.model().addAttribute("formErrors", byField);
        posted.model().addAttribute("failedForm", errors.getObjectName());
        byField.entrySet().stream()
                .filter(e -> e.getKey().isEmpty())
                .findFirst()
                .ifPresent(e -> posted.model().addAttribute("error", e.getValue()));
        return posted.page().get();
    }

    /**
     * What the user typed, by field ({@code formValues}): the form's values, or the raw text of a value that could not
     * be read (a date that is no date). When the form could not be built at all, the raw values stand in for it in the
     * model, so the page shows them in their fields.
     */
    private static void keepTyped(BindingResult errors, Model model) {
        Class<? extends Record> type = FORMS.get(errors.getObjectName());
        if (type == null) {
            return;
        }
        Map<String, @Nullable Object> typed = new HashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            typed.put(c.getName(), errors.getFieldValue(c.getName()));
        }
        model.addAttribute("formValues", typed);
        if (errors.getTarget() == null) {
            model.addAttribute(errors.getObjectName(), typed);
            // putting the stand-in drops the binding (its target differs): the messages go back with it
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), errors);
        }
    }

    /** The service's message beside its field when the form has that field, else above the form. */
    private static void reject(BindingResult errors, String field, String message) {
        Object form = errors.getTarget();
        boolean onForm = form != null
                && form.getClass().isRecord()
                && Arrays.stream(form.getClass().getRecordComponents())
                        .anyMatch(c -> c.getName().equals(field));
        if (onForm) {
            errors.rejectValue(field, "invalid", message);
        } else {
            errors.reject("invalid", message);
        }
    }

    /** A change done: the notice to show and the page to go to. */
    private record Done(String notice, String target) {}

    private static String vendorPage(long vendorId) {
        return "/govern/reviews/vendors/" + vendorId;
    }

    @PostMapping("/govern/reviews/vendors/{vendorId}/cadences")
    @PreAuthorize(Roles.MANAGERS)
    String saveCadence(
            @PathVariable long vendorId,
            @Valid @ModelAttribute("cadenceForm") CadenceForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        reviews.vendor(vendorId);
        return submit(new Posted(errors, model, response, redirect, () -> pages.vendor(vendorId, null, model)), () -> {
            var c = cadences.saveCadence(form.toInput(vendorId));
            return new Done(c.kind().title() + " cadence saved", vendorPage(vendorId));
        });
    }

    @PostMapping("/govern/reviews/cadences/{id}/generate")
    @PreAuthorize(Roles.MANAGERS)
    String generate(
            @PathVariable long id,
            @Valid @ModelAttribute("generateForm") GenerateForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        long vendorId = cadences.cadence(id).vendorId();
        return submit(new Posted(errors, model, response, redirect, () -> pages.vendor(vendorId, null, model)), () -> {
            var g = cadences.generate(id, form.weeks());
            return new Done(
                    g.createdMeetingIds().size() + " meeting(s) planned; " + g.alreadyPlanned()
                            + " already on the calendar",
                    vendorPage(vendorId));
        });
    }

    @PostMapping("/govern/reviews/vendors/{vendorId}/meetings")
    @PreAuthorize(Roles.MANAGERS)
    String createMeeting(
            @PathVariable long vendorId,
            @Valid @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        reviews.vendor(vendorId);
        return submit(new Posted(errors, model, response, redirect, () -> pages.vendor(vendorId, null, model)), () -> {
            Meeting m = meetings.createMeeting(form.toInput(vendorId));
            return new Done(m.title() + " planned with its agenda", "/govern/reviews/meetings/" + m.id());
        });
    }

    @PostMapping("/govern/reviews/meetings/{id}/agenda")
    @PreAuthorize(Roles.MANAGERS)
    String regenerate(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return meetingChange(id, model, response, redirect, "Agenda filled again from the current data", () -> {
            meetings.regenerateAgenda(id);
        });
    }

    @PostMapping("/govern/reviews/meetings/{id}/minutes")
    @PreAuthorize(Roles.ANALYSTS)
    String minutes(
            @PathVariable long id,
            @Valid @ModelAttribute("minutesForm") MinutesForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        meetings.meeting(id);
        return submit(new Posted(errors, model, response, redirect, () -> pages.meeting(id, model)), () -> {
            meetings.recordMinutes(id, form.toInput());
            return new Done("Minutes and attendees saved", "/govern/reviews/meetings/" + id);
        });
    }

    @PostMapping("/govern/reviews/meetings/{id}/held")
    @PreAuthorize(Roles.MANAGERS)
    String held(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return meetingChange(id, model, response, redirect, "Marked held", () -> meetings.markHeld(id, null));
    }

    @PostMapping("/govern/reviews/meetings/{id}/cancel")
    @PreAuthorize(Roles.MANAGERS)
    String cancel(
            @PathVariable long id,
            @Valid @ModelAttribute("cancelForm") CancelForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        meetings.meeting(id);
        return submit(new Posted(errors, model, response, redirect, () -> pages.meeting(id, model)), () -> {
            meetings.cancel(id, form.reason());
            return new Done("Meeting cancelled; calendars show it as cancelled", "/govern/reviews/meetings/" + id);
        });
    }

    /** A change to a meeting without a form of its own (mark held, regenerate the agenda). */
    private String meetingChange(
            long id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String notice,
            Runnable work) {
        meetings.meeting(id);
        BindingResult none = new MapBindingResult(new HashMap<>(), "meeting");
        String back = "/govern/reviews/meetings/" + id;
        return submit(new Posted(none, model, response, redirect, () -> pages.meeting(id, model)), () -> {
            work.run();
            return new Done(notice, back);
        });
    }

    @PostMapping("/govern/reviews/vendors/{vendorId}/actions")
    @PreAuthorize(Roles.ANALYSTS)
    String createAction(
            @PathVariable long vendorId,
            @Valid @ModelAttribute("actionForm") ActionForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        reviews.vendor(vendorId);
        return submit(new Posted(errors, model, response, redirect, () -> pages.actions(vendorId, model)), () -> {
            ActionItem a = actions.createAction(form.toInput(vendorId));
            return new Done("Action “" + a.title() + "” added", vendorPage(vendorId) + "/actions");
        });
    }

    @PostMapping("/govern/reviews/actions/{id}/updates")
    @PreAuthorize(Roles.ANALYSTS_AND_VENDORS)
    String updateAction(
            @PathVariable long id,
            @Valid @ModelAttribute("updateForm") ActionUpdateForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        actions.action(id);
        return submit(new Posted(errors, model, response, redirect, () -> pages.action(id, model)), () -> {
            ActionItem a = actions.updateAction(id, form.toInput());
            return new Done("Action updated: " + fmt.label(a.status()), "/govern/reviews/actions/" + id);
        });
    }

    @PostMapping("/govern/reviews/vendors/{vendorId}/promises")
    @PreAuthorize(Roles.ANALYSTS)
    String createPromise(
            @PathVariable long vendorId,
            @Valid @ModelAttribute("promiseForm") PromiseForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        reviews.vendor(vendorId);
        return submit(new Posted(errors, model, response, redirect, () -> pages.promises(vendorId, model)), () -> {
            Promise p = promises.createPromise(form.toInput(vendorId));
            return new Done(
                    "Promise by " + p.promisedBy() + " tracked, due " + fmt.date(p.dueDate()),
                    vendorPage(vendorId) + "/promises");
        });
    }

    @PostMapping("/govern/reviews/promises/{id}/reports")
    @PreAuthorize(Roles.ANALYSTS_AND_VENDORS)
    String reportOnPromise(
            @PathVariable long id,
            @Valid @ModelAttribute("reportForm") ReportForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Promise p = promises.promise(id);
        model.addAttribute("reportFor", id);
        Supplier<String> page = () -> pages.promises(p.vendorId(), model);
        return submit(new Posted(errors, model, response, redirect, page), () -> {
            Promise after = promises.reportOnPromise(id, form.report() == null ? "" : form.report());
            return new Done(
                    "Progress reported on “" + shorten(after.what()) + "”", vendorPage(p.vendorId()) + "/promises");
        });
    }

    @PostMapping("/govern/reviews/promises/{id}/outcome")
    @PreAuthorize(Roles.MANAGERS)
    String outcome(
            @PathVariable long id,
            @Valid @ModelAttribute("outcomeForm") OutcomeForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Promise p = promises.promise(id);
        model.addAttribute("outcomeFor", id);
        Supplier<String> page = () -> pages.promises(p.vendorId(), model);
        return submit(new Posted(errors, model, response, redirect, page), () -> {
            Promise after = promises.recordOutcome(id, form.toInput());
            return new Done(
                    "Promise “" + shorten(after.what()) + "”: " + fmt.label(after.outcome()),
                    vendorPage(p.vendorId()) + "/promises");
        });
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }
}
