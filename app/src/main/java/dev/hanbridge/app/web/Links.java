package dev.hanbridge.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The API's URLs, in one place so that the JSON and the pages agree. */
final class Links {

    private Links() {
    }

    static Map<String, String> run(long runId, boolean hasBundle) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", "/api/runs/" + runId);
        links.put("files", "/api/runs/" + runId + "/files");
        links.put("page", "/runs/" + runId);
        if (hasBundle) {
            links.put("bundle", bundle(runId));
        }
        return links;
    }

    static Map<String, String> article(long runId, long articleId) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("page", "/runs/" + runId + "/articles/" + articleId);
        links.put("export", "/api/runs/" + runId + "/articles/" + articleId + "/export/{format}");
        links.put("qa", "/api/runs/" + runId + "/articles/" + articleId + "/qa");
        return links;
    }

    static String bundle(long runId) {
        return "/api/runs/" + runId + "/bundle";
    }

    static String file(long runId, String name) {
        return "/api/runs/" + runId + "/files/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
