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
     * Authenticates a request that carries a bearer token; refuses one whose token is wrong (401);
     * leaves requests without the header to the session (pages' scripts call the API too).
     */
    static final class BearerFilter extends OncePerRequestFilter {

        private final ApiToken token;

        BearerFilter(ApiToken token) {
            this.token = token;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                if (!token.matches(header.substring(7))) {
                    response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                    ErrorBody.write(response, HttpServletResponse.SC_UNAUTHORIZED,
                            "wrong token: send the server's HANBRIDGE_API_TOKEN as Authorization: Bearer TOKEN");
                    return;
                }
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(authenticated("api"));
                SecurityContextHolder.setContext(context);
            }
            chain.doFilter(request, response);
        }
    }
}
