package com.steward.app.home;

import com.steward.app.security.StewardUser;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what the page layout needs (the signed-in user, the lifecycle navigation) into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    @ModelAttribute("navigation")
    List<LifecycleSection> navigation(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof StewardUser user) {
            return LifecycleSection.openTo(user.role());
        }
        return List.of();
    }

    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("me")
    StewardUser me(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof StewardUser user ? user : null;
    }
}
