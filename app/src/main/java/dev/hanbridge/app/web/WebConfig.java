package dev.hanbridge.app.web;

import java.nio.file.Path;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import dev.hanbridge.app.serve.ServeSettings;
import dev.hanbridge.ingest.archive.ArchiveLimits;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * Uploads (limits, storage, refusals), the servlet container's limits and error pages, the
 * session cookie, and the OpenAPI description.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hanbridge.serve.enabled", havingValue = "true")
class WebConfig {

    /**
     * Bytes the headers of one part of an upload may take: its file name is most of them. Tomcat's
     * 512 refused names of more than about 150 Korean syllables with an empty 413; 4 KB takes
     * any name a file system allows (255 bytes) many times over.
     */
    static final int MAX_PART_HEADER_BYTES = 4096;

    /** Parts of an upload besides its files: engine, up to ten formats, the CSRF token, and room. */
    private static final int FORM_FIELDS = 20;

    /**
     * Tomcat's own limits set to the server's: files per upload (Tomcat's default of 50 parts
     * refused uploads the documented limit of 100 allows) and part headers; its refusals of an
     * API path answered as JSON. Ordered after Spring Boot's customizer, which sets both limits
     * from {@code server.tomcat.*} and adds an error report valve of its own.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> hanbridgeTomcat(ServeSettings settings) {
        return new OrderedTomcatCustomizer(settings.maxUploadFiles() + FORM_FIELDS);
    }

    private record OrderedTomcatCustomizer(int maxParts)
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addConnectorCustomizers(connector -> {
                connector.setMaxPartCount(maxParts);
                connector.setMaxPartHeaderSize(MAX_PART_HEADER_BYTES);
            });
            factory.addContextCustomizers(context -> ContainerErrors.install(context.getParent()));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** Reads uploads' parts after the security filters and refuses, with a reason, those it cannot. */
    @Bean
    FilterRegistrationBean<UploadGate> uploadGate(ServeSettings settings) {
        FilterRegistrationBean<UploadGate> registration = new FilterRegistrationBean<>(new UploadGate(
                settings.maxUploadFiles(), settings.maxUploadSize().toString(), MAX_PART_HEADER_BYTES));
        registration.setOrder(0); // after Spring Security's chain (-100)
        return registration;
    }

    /**
     * Not registered: Spring Boot's Thymeleaf configuration adds ResourceUrlEncodingFilter (unless
     * one is declared, as here) because springdoc brings the webjars locator, and it rewrites every
     * link the pages build ({@code @{...}}) by looking the link up as a resource on the class path,
     * several file-system checks per link. The runs page
     * (50 rows, a few links each) spent half its CPU there: 21.8 ms per request with the filter,
     * 10.1 to 11.4 ms without, where the API's list of the same runs costs 2 to 3 ms
     * (bench/runs-page.sh, 1,000 runs). The pages link to no versioned resource, and the API
     * explorer resolves its own.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    /**
     * The session cookie of the pages is not sent with requests that other sites start (links and
     * form posts from elsewhere), on top of the CSRF tokens of the forms. Lax, not Strict: a link
     * to a run from a mail or chat still opens it signed in.
     */
    @Bean
    CookieSameSiteSupplier sessionCookieSameSite() {
        return CookieSameSiteSupplier.ofLax().whenHasName("JSESSIONID");
    }

    /** The servlet container refuses a larger file or request before any of it is stored (413). */
    @Bean
    MultipartConfigElement multipartConfigElement(ServeSettings settings) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(settings.maxUploadSize());
        factory.setMaxRequestSize(settings.maxUploadSize());
        return factory.createMultipartConfig();
    }

    @Bean
    UploadStore uploadStore(ServeSettings settings, Environment env) {
        Path root = Path.of(env.getProperty("hanbridge.data-dir", "hanbridge-data")).toAbsolutePath().normalize()
                .resolve("uploads");
        return new UploadStore(root, settings.maxUploadFiles(), ArchiveLimits.DEFAULT
                .withMaxArchiveBytes(settings.maxUnpackedSize().toBytes()).withMaxEntries(settings.maxArchiveEntries()));
    }

    @Bean
    OpenAPI hanbridgeOpenApi() {
        return new OpenAPI()
                .info(new Info().title("hanbridge API").version("0.1.0").description(
                        "Launch runs (server path or upload), follow their progress, download bilingual exports."))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("HANBRIDGE_API_TOKEN")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
