package com.steward.app.duediligence.web;

import com.steward.app.duediligence.AddVendorClientCommand;
import com.steward.app.duediligence.AgentInterview;
import com.steward.app.duediligence.DueDiligence;
import com.steward.app.duediligence.InterviewChannel;
import com.steward.app.duediligence.RecordInterviewCommand;
import com.steward.app.duediligence.RecordReferenceCallCommand;
import com.steward.app.duediligence.SaveReferenceQuestionCommand;
import com.steward.app.duediligence.UpdateOurProfileCommand;
import com.steward.app.duediligence.UpdateWorkforceFactsCommand;
import com.steward.app.duediligence.WorkforceFacts;
import com.steward.app.security.Role;
import com.steward.app.security.Roles;
import com.steward.app.security.StewardUser;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.InvalidRequestException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The due-diligence page of a vendor and the Select step's settings (our profile, reference
 * questions). Client staff only; the client list section is rendered for ADMIN and MANAGER only.
 * Forms post and redirect back; a rejected form comes back as a message naming the fields.
 */
@Controller
@PreAuthorize(Roles.STAFF)
class DueDiligencePageController {

    private final DueDiligence dueDiligence;
    private final VendorRegister vendors;
    private final Validator validator;

    DueDiligencePageController(DueDiligence dueDiligence, VendorRegister vendors, Validator validator) {
        this.dueDiligence = dueDiligence;
        this.vendors = vendors;
        this.validator = validator;
    }

    @GetMapping("/vendors/{id}/due-diligence")
    String show(@PathVariable long id, @AuthenticationPrincipal StewardUser me, Model model) {
        model.addAttribute("vendor", vendors.get(id));
        boolean nda = me.role() == Role.ADMIN || me.role() == Role.MANAGER;
        model.addAttribute("ndaAccess", nda);
        if (nda) {
            model.addAttribute("clients", dueDiligence.clients(id));
        }
        model.addAttribute("ourProfile", dueDiligence.ourProfile());
        model.addAttribute("questions", dueDiligence.questions(true));
        model.addAttribute("calls", dueDiligence.referenceCalls(id));
        model.addAttribute("referenceSummary", dueDiligence.referenceSummary(id));
        List<AgentInterview> interviews = dueDiligence.interviews(id);
        model.addAttribute("interviews", interviews);
        model.addAttribute("interviewAverages", dueDiligence.interviewAverages(id));
        model.addAttribute("channels", InterviewChannel.values());
        WorkforceFacts workforce = dueDiligence.workforce(id);
        model.addAttribute("workforce", workforce);
        model.addAttribute("today", LocalDate.now());
        return "duediligence/show";
    }

    private <T> T valid(T command) {
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            String message = violations.stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; "));
            throw new InvalidRequestException(
                    violations.iterator().next().getPropertyPath().toString(), message);
        }
        return command;
    }

    private String back(long id, String anchor, RedirectAttributes redirect, Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("formError", e.getMessage());
        }
        return "redirect:/vendors/" + id + "/due-diligence#" + anchor;
    }

    private static Integer integer(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("number", "'" + value + "' is not a whole number");
        }
    }

    private static Double decimal(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("number", "'" + value + "' is not a number");
        }
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidRequestException("date", "'" + value + "' is not a date (yyyy-mm-dd)");
        }
    }

    @PostMapping("/vendors/{id}/clients")
    @PreAuthorize(Roles.MANAGERS)
    String addClient(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        vendors.get(id);
        return back(
                id,
                "clients",
                redirect,
                () -> dueDiligence.addClient(
                        id,
                        valid(new AddVendorClientCommand(
                                form.get("clientName"),
                                form.get("industry"),
                                integer(form.get("seats")),
                                integer(form.get("contactsPerMonth")),
                                date(form.get("ndaSignedOn")),
                                form.get("notes")))),
                "Client recorded");
    }

    @PostMapping("/vendors/{id}/clients/{clientId}/delete")
    @PreAuthorize(Roles.MANAGERS)
    String removeClient(@PathVariable long id, @PathVariable long clientId, RedirectAttributes redirect) {
        dueDiligence.removeClient(id, clientId);
        redirect.addFlashAttribute("notice", "Client removed");
        return "redirect:/vendors/" + id + "/due-diligence#clients";
    }

    @PostMapping("/vendors/{id}/reference-checks")
    @PreAuthorize(Roles.ANALYSTS)
    String recordReferenceCall(
            @PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        vendors.get(id);
        return back(
                id,
                "references",
                redirect,
                () -> {
                    Map<Long, String> answers = new HashMap<>();
                    form.forEach((key, value) -> {
                        if (key.startsWith("answer-") && value != null && !value.isBlank()) {
                            answers.put(Long.valueOf(key.substring("answer-".length())), value);
                        }
                    });
                    dueDiligence.recordReferenceCall(
                            id,
                            valid(new RecordReferenceCallCommand(
                                    form.get("reference"),
                                    date(form.get("calledOn")),
                                    form.get("calledBy"),
                                    integer(form.get("score")),
                                    form.get("summary"),
                                    answers)));
                },
                "Reference call recorded");
    }

    @PostMapping("/vendors/{id}/interviews")
    @PreAuthorize(Roles.ANALYSTS)
    String recordInterview(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        vendors.get(id);
        return back(
                id,
                "interviews",
                redirect,
                () -> {
                    InterviewChannel channel;
                    try {
                        channel = InterviewChannel.valueOf(form.getOrDefault("channel", ""));
                    } catch (IllegalArgumentException e) {
                        throw new InvalidRequestException("channel", "channel: choose in person or phone");
                    }
                    dueDiligence.recordInterview(
                            id,
                            valid(new RecordInterviewCommand(
                                    date(form.get("interviewedOn")),
                                    channel,
                                    form.get("interviewer"),
                                    form.get("agent"),
                                    integer(form.get("courtesy")),
                                    integer(form.get("productUnderstanding")),
                                    integer(form.get("language")),
                                    integer(form.get("problemSolving")),
                                    integer(form.get("empathy")),
                                    form.get("notes"))));
                },
                "Interview recorded");
    }

    @PostMapping("/vendors/{id}/workforce")
    @PreAuthorize(Roles.ANALYSTS)
    String updateWorkforce(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        vendors.get(id);
        return back(
                id,
                "workforce",
                redirect,
                () -> dueDiligence.updateWorkforce(
                        id,
                        valid(new UpdateWorkforceFactsCommand(
                                decimal(form.get("payVsMarketPercent")),
                                decimal(form.get("annualAttritionPercent")),
                                decimal(form.get("averageTenureMonths")),
                                "true".equals(form.get("dedicatedTeamOffered")),
                                form.get("source")))),
                "Workforce facts saved");
    }

    @GetMapping("/select/due-diligence-settings")
    String settings(Model model) {
        model.addAttribute("ourProfile", dueDiligence.ourProfile());
        model.addAttribute("questions", dueDiligence.questions(false));
        return "duediligence/settings";
    }

    private String backToSettings(RedirectAttributes redirect, Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("formError", e.getMessage());
        }
        return "redirect:/select/due-diligence-settings";
    }

    @PostMapping("/select/our-profile")
    @PreAuthorize(Roles.MANAGERS)
    String updateOurProfile(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return backToSettings(
                redirect,
                () -> {
                    Double tolerancePercent = decimal(form.get("tolerancePercent"));
                    dueDiligence.updateOurProfile(valid(new UpdateOurProfileCommand(
                            form.get("industry"),
                            integer(form.get("contactsPerMonth")),
                            integer(form.get("seats")),
                            tolerancePercent == null ? null : tolerancePercent / 100)));
                },
                "Our profile saved");
    }

    @PostMapping("/select/reference-questions")
    @PreAuthorize(Roles.MANAGERS)
    String addQuestion(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return backToSettings(
                redirect,
                () -> dueDiligence.addQuestion(
                        valid(new SaveReferenceQuestionCommand(form.get("text"), integer(form.get("position")), true))),
                "Question added");
    }

    @PostMapping("/select/reference-questions/{questionId}")
    @PreAuthorize(Roles.MANAGERS)
    String updateQuestion(
            @PathVariable long questionId, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return backToSettings(
                redirect,
                () -> dueDiligence.updateQuestion(
                        questionId,
                        valid(new SaveReferenceQuestionCommand(
                                form.get("text"), integer(form.get("position")), "true".equals(form.get("active"))))),
                "Question saved");
    }
}
