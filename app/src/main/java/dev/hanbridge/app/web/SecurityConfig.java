package dev.hanbridge.app.web;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import dev.hanbridge.app.serve.ApiToken;
import dev.hanbridge.app.serve.ServeSettings;
import jakarta.servlet.DispatcherType;

/**
 * Every page and API call needs the token, except {@code /api/health}. The API takes it as a
 * bearer header (no cookie, so no CSRF token needed) or rides on a signed-in page's session
 * (then CSRF applies to changes). Pages sign in by a form that sets a session cookie; their forms
 * carry CSRF tokens. On a loopback-only server started without a token everything is open, which
 * {@link dev.hanbridge.app.serve.BindCheck} allows only on loopback.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnProperty(name = "hanbridge.serve.enabled", havingValue = "true")
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    /**
     * The pages' Content-Security-Policy: scripts, styles and everything else from this server
     * only, no inline script or style (the pages have none: their scripts are files under /js),
     * no plugins, no framing, forms posting here only. A text that slipped past escaping could
     * not run.
     */
    static final String PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The API answers JSON and files, which load nothing: an export opened in place runs nothing. */
    static final String API_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** The API explorer (Swagger UI) sets inline styles and icons as data: images. */
    static final String EXPLORER_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The only way to sign in. Declared as a bean so that Spring Boot does not add its default
     * user with a generated password (a second credential, printed in the log).
     */
    @Bean
    AuthenticationProvider tokenAuthenticationProvider(ApiToken token) {
        return TokenAuthentication.formLogin(token);
    }

    /** Wrong tokens by client address, for the bearer header and the sign-in form together. */
    @Bean
    FailedSignIns failedSignIns(ServeSettings settings) {
        return new FailedSignIns(settings.signInAttempts(), settings.signInDelay(), Clock.systemUTC());
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiToken token, FailedSignIns failedSignIns) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/api/health").permitAll();
                    a.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    if (token.isSet()) {
                        a.anyRequest().authenticated();
                    } else {
                        a.anyRequest().permitAll();
                    }
                })
                .addFilterBefore(new TokenAuthentication.BearerFilter(token, failedSignIns),
                        BasicAuthenticationFilter.class)
                // A bearer call carries no ambient credential; a call riding on the session does.
                .csrf(c -> c.ignoringRequestMatchers(r -> r.getHeader("Authorization") != null)
                        .csrfTokenRequestHandler(new MultipartCsrf()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .headers(h -> h.addHeaderWriter((request, response) -> response.setHeader(
                        "Content-Security-Policy", request.getRequestURI().startsWith("/swagger-ui")
                                ? EXPLORER_POLICY : API_POLICY)))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, denied) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            ErrorBody.write(response, 401, ErrorBody.defaultMessage(401));
                        })
                        .accessDeniedHandler((request, response, denied) -> ErrorBody.write(response, 403,
                                "refused: a call riding on a page's session needs the page's CSRF token "
                                        + "(header X-CSRF-TOKEN); API clients send Authorization: Bearer TOKEN")))
                .requestCache(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ApiToken token, AuthenticationProvider tokenAuthenticationProvider,
            FailedSignIns failedSignIns) throws Exception {
        if (!token.isSet()) {
            log.warn("hanbridge serve runs without HANBRIDGE_API_TOKEN: pages and API are open to every user "
                    + "of this machine (loopback only)");
        }
        http.authorizeHttpRequests(a -> {
                    a.requestMatchers("/login", "/style.css", "/js/*.js", "/favicon.ico").permitAll();
                    a.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    if (token.isSet()) {
                        a.anyRequest().authenticated();
                    } else {
                        a.anyRequest().permitAll();
                    }
                })
                .csrf(c -> c.csrfTokenRequestHandler(new MultipartCsrf()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(PAGES_POLICY)))
                .authenticationManager(new ProviderManager(tokenAuthenticationProvider))
                .addFilterBefore(new TokenAuthentication.SignInGate(failedSignIns),
                        UsernamePasswordAuthenticationFilter.class)
                .formLogin(f -> f.loginPage("/login").passwordParameter("token")
                        .successHandler(signedIn(failedSignIns))
                        .failureHandler((request, response, wrong) -> {
                            failedSignIns.failed(request.getRemoteAddr());
                            long wait = failedSignIns.waitSeconds(request.getRemoteAddr());
                            response.sendRedirect(wait > 0 ? "/login?wait=" + wait : "/login?error");
                        }))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"));
        return http.build();
    }

    /** To the page asked for before signing in (else the runs), the address's wrong tokens forgotten. */
    private static AuthenticationSuccessHandler signedIn(FailedSignIns failedSignIns) {
        SavedRequestAwareAuthenticationSuccessHandler toPage = new SavedRequestAwareAuthenticationSuccessHandler();
        toPage.setDefaultTargetUrl("/runs");
        return (request, response, authentication) -> {
            failedSignIns.succeeded(request.getRemoteAddr());
            toPage.onAuthenticationSuccess(request, response, authentication);
        };
    }
}
