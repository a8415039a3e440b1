package dev.hanbridge.app.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.hanbridge.app.serve.ApiToken;

/**
 * The token, checked two ways: as {@code Authorization: Bearer TOKEN} on API calls, and as the
 * password of the login form (which then keeps the person signed in by a session cookie).
 */
final class TokenAuthentication {

    static final String USER = "hanbridge";
    private static final List<SimpleGrantedAuthority> ROLES = List.of(new SimpleGrantedAuthority("ROLE_USER"));

    private TokenAuthentication() {
    }

    static Authentication authenticated(String name) {
        return UsernamePasswordAuthenticationToken.authenticated(name, null, ROLES);
    }

    /** The login form: any user name, the token as password. */
    static AuthenticationProvider formLogin(ApiToken token) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                Object credentials = authentication.getCredentials();
                if (credentials == null || !token.matches(credentials.toString())) {
                    throw new BadCredentialsException("wrong token");
                }
                return authenticated(USER);
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
    }

    /**
     * Authenticates a request that carries a bearer token; refuses one whose token is wrong (401),
     * and every token from an address that must wait after too many wrong ones (429 with
     * Retry-After, the token unchecked); leaves requests without the header to the session
     * (pages' scripts call the API too).
     */
    static final class BearerFilter extends OncePerRequestFilter {

        private final ApiToken token;
        private final FailedSignIns failures;

        BearerFilter(ApiToken token, FailedSignIns failures) {
            this.token = token;
            this.failures = failures;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                String address = request.getRemoteAddr();
                long wait = failures.waitSeconds(address);
                if (wait > 0) {
                    tooManyWrongTokens(response, wait);
                    return;
                }
                if (!token.matches(header.substring(7))) {
                    failures.failed(address);
                    response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                    ErrorBody.write(response, HttpServletResponse.SC_UNAUTHORIZED,
                            "wrong token: send the server's HANBRIDGE_API_TOKEN as Authorization: Bearer TOKEN");
                    return;
                }
                failures.succeeded(address);
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(authenticated("api"));
                SecurityContextHolder.setContext(context);
            }
            chain.doFilter(request, response);
        }
    }

    /** 429 with Retry-After: the address tried too many wrong tokens and must wait. */
    static void tooManyWrongTokens(HttpServletResponse response, long waitSeconds) throws IOException {
        response.setHeader("Retry-After", String.valueOf(waitSeconds));
        ErrorBody.write(response, 429, "too many wrong tokens from your address: try again in " + waitSeconds
                + " s (each further wrong token doubles the wait)");
    }

    /**
     * The sign-in form's side of {@link FailedSignIns}: a sign-in from an address that must wait
     * goes back to the form, which says how long, without the token being checked.
     */
    static final class SignInGate extends OncePerRequestFilter {

        private final FailedSignIns failures;

        SignInGate(FailedSignIns failures) {
            this.failures = failures;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long wait = failures.waitSeconds(request.getRemoteAddr());
            if (wait > 0) {
                response.setHeader("Retry-After", String.valueOf(wait));
                response.sendRedirect("/login?wait=" + wait);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
