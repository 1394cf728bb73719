package com.steward.app.users;

import com.steward.app.security.SignInDetails;
import com.steward.app.security.StewardUser;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password sign-in (form and HTTP Basic) with the second factor: after the password, a user who enrolled a second
 * factor must also give a valid code in the form's {@code code} field; HTTP Basic cannot carry one, so such users call
 * the API with tokens. A wrong or missing code is a failed sign-in like a wrong password (same throttles).
 */
@Component
class SecondFactorAuthenticationProvider extends DaoAuthenticationProvider {

    private final SecondFactors secondFactors;

    SecondFactorAuthenticationProvider(
            UserDirectory directory, PasswordEncoder passwordEncoder, SecondFactors secondFactors) {
        super(directory);
        setPasswordEncoder(passwordEncoder);
        this.secondFactors = secondFactors;
    }

    @Override
    protected void additionalAuthenticationChecks(
            UserDetails userDetails, UsernamePasswordAuthenticationToken authentication) {
        super.additionalAuthenticationChecks(userDetails, authentication);
        if (!(userDetails instanceof StewardUser user) || !secondFactors.enrolled(user.id())) {
            return;
        }
        String code = authentication.getDetails() instanceof SignInDetails details ? details.code() : null;
        if (code == null || !secondFactors.verify(user.id(), code)) {
            throw new BadCredentialsException("A valid authentication code is required");
        }
    }
}
