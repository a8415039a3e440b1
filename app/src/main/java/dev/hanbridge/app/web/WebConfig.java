package dev.hanbridge.app.web;

import java.nio.file.Path;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import dev.hanbridge.app.serve.ServeSettings;
import dev.hanbridge.ingest.archive.ArchiveLimits;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** Uploads (limits, storage) and the OpenAPI description. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hanbridge.serve.enabled", havingValue = "true")
class WebConfig {

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
