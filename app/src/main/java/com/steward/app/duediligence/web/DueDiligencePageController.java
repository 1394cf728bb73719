package com.steward.app.duediligence.web;

import com.steward.app.duediligence.AddVendorClientCommand;
import com.steward.app.duediligence.AgentInterview;
import com.steward.app.duediligence.DueDiligence;
import com.steward.app.duediligence.InterviewChannel;
import com.steward.app.duediligence.RecordInterviewCommand;
import com.steward.app.duediligence.ReferenceQuestion;
import com.steward.app.duediligence.SaveReferenceQuestionCommand;
import com.steward.app.duediligence.UpdateWorkforceFactsCommand;
import com.steward.app.duediligence.WorkforceFacts;
import com.steward.app.forms.FormModel;
import com.steward.app.security.Role;
import com.steward.app.security.Roles;
import com.steward.app.security.StewardUser;
import com.steward.app.vendors.VendorRegister;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The due-diligence page of a vendor and the Select step's settings (our profile, reference
 * questions). Client staff only; the client list section is rendered for ADMIN and MANAGER only.
 * Forms are validated records; a rejected form comes back (400) with what was typed and the errors beside its fields.
 */
@Controller
@PreAuthorize(Roles.STAFF)
class DueDiligencePageController {

    private final DueDiligence dueDiligence;
    private final VendorRegister vendors;
    private final MessageSource messages;
    private final Clock clock;

    DueDiligencePageController(DueDiligence dueDiligence, VendorRegister vendors, MessageSource messages, Clock clock) {
        this.dueDiligence = dueDiligence;
        this.vendors = vendors;
        this.messages = messages;
        this.clock = clock;
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
        model.addAttribute("scores", List.of(5, 4, 3, 2, 1));
        WorkforceFacts workforce = dueDiligence.workforce(id);
        model.addAttribute("workforce", workforce);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        blankForms(model, me, workforce, today);
        return "duediligence/show";
    }

    /** The forms not being re-shown with an error start empty (or with the stored values). */
    // Bean Validation's @NotNull reads as non-null to NullAway: a blank form has no channel chosen yet.
    @SuppressWarnings("NullAway")
    private static void blankForms(Model model, StewardUser me, WorkforceFacts workforce, LocalDate today) {
        putIfAbsent(model, "clientForm", new AddVendorClientCommand("", "", null, null, null, ""));
        putIfAbsent(model, "callForm", ReferenceCallForm.blank(today, me.displayName()));
        putIfAbsent(
                model,
                "interviewForm",
                new RecordInterviewCommand(today, null, me.displayName(), "", 3, 3, 3, 3, 3, ""));
        putIfAbsent(
                model,
                "workforceForm",
                new UpdateWorkforceFactsCommand(
                        workforce.payVsMarketPercent(),
                        workforce.annualAttritionPercent(),
                        workforce.averageTenureMonths(),
                        workforce.dedicatedTeamOffered(),
                        workforce.source()));
    }

    private static void putIfAbsent(Model model, String name, Object value) {
        FormModel.ensure(model, name, value);
    }

    /** A rejected form comes back on the page with what was typed and the errors beside the fields. */
    private String rejected(long id, StewardUser me, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(id, me, model);
    }

    private static String back(long id, String anchor, RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/vendors/" + id + "/due-diligence#" + anchor;
    }

    @PostMapping("/vendors/{id}/clients")
    @PreAuthorize(Roles.MANAGERS)
    String addClient(
            @PathVariable long id,
            @Valid @ModelAttribute("clientForm") AddVendorClientCommand form,
            BindingResult errors,
            @AuthenticationPrincipal StewardUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        vendors.get(id);
        if (errors.hasErrors()) {
            return rejected(id, me, model, response);
        }
        dueDiligence.addClient(id, form);
        return back(id, "clients", redirect, "Client recorded");
    }

    @PostMapping("/vendors/{id}/clients/{clientId}/delete")
    @PreAuthorize(Roles.MANAGERS)
    String removeClient(@PathVariable long id, @PathVariable long clientId, RedirectAttributes redirect) {
        dueDiligence.removeClient(id, clientId);
        return back(id, "clients", redirect, "Client removed");
    }

    @PostMapping("/vendors/{id}/reference-checks")
    @PreAuthorize(Roles.ANALYSTS)
    String recordReferenceCall(
            @PathVariable long id,
            @Valid @ModelAttribute("callForm") ReferenceCallForm form,
            BindingResult errors,
            @AuthenticationPrincipal StewardUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        vendors.get(id);
        if (errors.hasErrors()) {
            return rejected(id, me, model, response);
        }
        dueDiligence.recordReferenceCall(id, form.toCommand());
        return back(id, "references", redirect, "Reference call recorded");
    }

    @PostMapping("/vendors/{id}/interviews")
    @PreAuthorize(Roles.ANALYSTS)
    String recordInterview(
            @PathVariable long id,
            @Valid @ModelAttribute("interviewForm") RecordInterviewCommand form,
            BindingResult errors,
            @AuthenticationPrincipal StewardUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        vendors.get(id);
        if (errors.hasErrors()) {
            return rejected(id, me, model, response);
        }
        dueDiligence.recordInterview(id, form);
        return back(id, "interviews", redirect, "Interview recorded");
    }

    @PostMapping("/vendors/{id}/workforce")
    @PreAuthorize(Roles.ANALYSTS)
    String updateWorkforce(
            @PathVariable long id,
            @Valid @ModelAttribute("workforceForm") UpdateWorkforceFactsCommand form,
            BindingResult errors,
            @AuthenticationPrincipal StewardUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        vendors.get(id);
        if (errors.hasErrors()) {
            return rejected(id, me, model, response);
        }
        dueDiligence.updateWorkforce(id, form);
        return back(id, "workforce", redirect, "Workforce facts saved");
    }

    @GetMapping("/select/due-diligence-settings")
    String settings(Model model) {
        putIfAbsent(model, "profileForm", OurProfileForm.of(dueDiligence.ourProfile()));
        List<ReferenceQuestion> questions = dueDiligence.questions(false);
        putIfAbsent(model, "questionForm", new SaveReferenceQuestionCommand("", questions.size() + 1, true));
        model.addAttribute("questions", questions);
        return "duediligence/settings";
    }

    private String settingsRejected(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return settings(model);
    }

    private static String backToSettings(RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/select/due-diligence-settings";
    }

    @PostMapping("/select/our-profile")
    @PreAuthorize(Roles.MANAGERS)
    String updateOurProfile(
            @Valid @ModelAttribute("profileForm") OurProfileForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return settingsRejected(model, response);
        }
        dueDiligence.updateOurProfile(form.toCommand());
        return backToSettings(redirect, "Our profile saved");
    }

    @PostMapping("/select/reference-questions")
    @PreAuthorize(Roles.MANAGERS)
    String addQuestion(
            @Valid @ModelAttribute("questionForm") SaveReferenceQuestionCommand form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return settingsRejected(model, response);
        }
        dueDiligence.addQuestion(new SaveReferenceQuestionCommand(form.text(), form.position(), true));
        return backToSettings(redirect, "Question added");
    }

    @PostMapping("/select/reference-questions/{questionId}")
    @PreAuthorize(Roles.MANAGERS)
    String updateQuestion(
            @PathVariable long questionId,
            @Valid @ModelAttribute("rowForm") SaveReferenceQuestionCommand form,
            BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            // A row of the table: its fields are named by aria-label, so the message names the row's question.
            redirect.addFlashAttribute("formError", "Question " + questionId + ": " + rowProblem(errors));
            return "redirect:/select/due-diligence-settings";
        }
        dueDiligence.updateQuestion(questionId, form);
        return backToSettings(redirect, "Question saved");
    }

    private String rowProblem(BindingResult errors) {
        return errors.getFieldErrors().stream()
                .map(e -> ("text".equals(e.getField()) ? "the question" : "the order") + ": "
                        + messages.getMessage(e, LocaleContextHolder.getLocale()))
                .sorted()
                .collect(Collectors.joining("; "));
    }
}
