package dev.hanbridge.app.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the servlet container sends every error that no controller answered (a filter's or a
 * resolver's {@code sendError}, an exception): JSON for the API's paths whatever the client
 * accepts, the error page for the pages. Replaces Spring Boot's, whose JSON carried a timestamp
 * and path but no message. A server fault's message stays in the log, never in the answer.
 */
@Controller
@ConditionalOnProperty(name = "hanbridge.serve.enabled", havingValue = "true")
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer n ? n : 500;
        HttpStatus known = HttpStatus.resolve(status);
        if (ErrorBody.isApi((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))) {
            String message = status >= 500 ? null
                    : ErrorBody.printable((String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE));
            ErrorBody.write(response, status, message != null ? message : ErrorBody.defaultMessage(status));
            return null;
        }
        return new ModelAndView("error", Map.of("status", status, "error",
                known == null ? "Error" : known.getReasonPhrase()), known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known);
    }
}
