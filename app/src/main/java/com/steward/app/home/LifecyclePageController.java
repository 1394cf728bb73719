package com.steward.app.home;

import com.steward.app.security.StewardUser;
import com.steward.app.web.NotFoundException;
import java.util.Arrays;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Landing page of each lifecycle step: what the step is for and the tools available in it. */
@Controller
class LifecyclePageController {

    @GetMapping("/{section:decide|select|contract|transition|govern}")
    String section(@PathVariable String section, @AuthenticationPrincipal StewardUser user, Model model) {
        LifecycleSection step = Arrays.stream(LifecycleSection.values())
                .filter(s -> s.path().equals(section))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No such section"));
        if (!step.visibleTo(user.role())) {
            throw new AccessDeniedException("section " + section + " is not open to " + user.role());
        }
        model.addAttribute("section", step);
        return "home/section";
    }
}
