package dev.hanbridge.app.cli;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import dev.hanbridge.app.HanbridgeApplication;

/** Starts the application context for one command and closes it afterwards. */
final class Spring {

    interface Body {
        Integer apply(ConfigurableApplicationContext context) throws Exception;
    }

    private Spring() {
    }

    static Integer withContext(List<String> args, Body body) {
        try (ConfigurableApplicationContext context = HanbridgeApplication.start(args.toArray(String[]::new))) {
            return body.apply(context);
        } catch (IllegalArgumentException | dev.hanbridge.translate.EngineConfigurationException e) {
            throw new CliException(e.getMessage());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
