package dev.hanbridge.app.cli;

import java.util.List;
import java.util.function.Function;

import org.springframework.context.ConfigurableApplicationContext;

import dev.hanbridge.app.HanbridgeApplication;
import dev.hanbridge.app.serve.ServerApplication;

/** Starts the application context for one command and closes it afterwards. */
final class Spring {

    interface Body {
        Integer apply(ConfigurableApplicationContext context) throws Exception;
    }

    private Spring() {
    }

    /** The command line's context: database and job, no server ({@link HanbridgeApplication}). */
    static Integer withContext(List<String> args, Body body) {
        return with(HanbridgeApplication::start, args, body);
    }

    /** The server's context ({@link ServerApplication}). */
    static Integer withServer(List<String> args, Body body) {
        return with(ServerApplication::start, args, body);
    }

    private static Integer with(Function<String[], ConfigurableApplicationContext> start, List<String> args,
            Body body) {
        try (ConfigurableApplicationContext context = start.apply(args.toArray(String[]::new))) {
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
