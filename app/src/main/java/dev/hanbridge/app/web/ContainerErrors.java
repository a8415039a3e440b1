package dev.hanbridge.app.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * The servlet container's own refusals, made before any application code sees the request (an
 * encoded slash or backslash in the path, a NUL, a malformed request line): JSON for the API's
 * paths, as everything else the API answers, and the container's plain page without server
 * details elsewhere. Installed in place of Spring Boot's error report valve.
 */
final class ContainerErrors extends ErrorReportValve {

    ContainerErrors() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !ErrorBody.isApi(request.getRequestURI())) {
            super.report(request, response, throwable);
            return;
        }
        if (!response.setErrorReported()) {
            return;
        }
        String message = status >= 500 ? null : ErrorBody.printable(response.getMessage());
        byte[] body = ErrorBody.json(status, message != null ? message : ErrorBody.defaultMessage(status));
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(new String(body, StandardCharsets.UTF_8));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was taken: nothing more to say to it.
        }
    }

    /**
     * Swaps any error report valve of the host for this one, and names it the host's, which would
     * otherwise add a plain one of its own when it starts (it looks for its class by name).
     */
    static void install(Container host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(ContainerErrors.class.getName());
        }
        host.getPipeline().addValve(new ContainerErrors());
    }
}
