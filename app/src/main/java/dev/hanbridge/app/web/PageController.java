package dev.hanbridge.app.web;

import java.io.IOException;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import dev.hanbridge.app.serve.ApiToken;
import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.export.ExportFormat;
import dev.hanbridge.store.ArticleRow;
import dev.hanbridge.store.ArticleStore;
import dev.hanbridge.store.RunRecord;
import dev.hanbridge.translate.EngineRegistry;
import dev.hanbridge.translate.EngineSettings;

/**
 * Server-rendered pages: runs with progress bars, a run's articles and files, an article side by
 * side, and the upload form. The progress bars follow the API from a few lines of script.
 */
@Controller
@ConditionalOnProperty(name = "hanbridge.serve.enabled", havingValue = "true")
class PageController {

    private final RunQueries queries;
    private final RunLaunches launches;
    private final ArticleStore articles;
    private final EngineRegistry engines;
    private final EngineSettings engineSettings;
    private final ApiToken token;
    private final Environment env;

    PageController(RunQueries queries, RunLaunches launches, ArticleStore articles, EngineRegistry engines,
            EngineSettings engineSettings, ApiToken token, Environment env) {
        this.queries = queries;
        this.launches = launches;
        this.articles = articles;
        this.engines = engines;
        this.engineSettings = engineSettings;
        this.token = token;
        this.env = env;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("tokenSet", token.isSet());
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/runs";
    }

    /** Runs per page of {@code /runs}. */
    static final int PAGE = 50;

    /** The newest runs, or with {@code before} the page of older ones. */
    @GetMapping("/runs")
    String runs(@RequestParam(required = false) Long before, Model model) {
        RunQueries.Page page = queries.page(before, PAGE);
        model.addAttribute("runs", page.runs());
        model.addAttribute("olderBefore", page.nextBefore());
        model.addAttribute("firstPage", before == null);
        return "runs";
    }

    @GetMapping("/runs/new")
    String newRun(Model model) {
        model.addAttribute("engines", engines.providers());
        // 'auto' is no engine of the list: the form preselects what it stands for now.
        model.addAttribute("defaultEngine", engines.resolve(env.getProperty("hanbridge.engine", EngineRegistry.AUTO),
                engineSettings));
        model.addAttribute("formats", ExportFormat.values());
        model.addAttribute("defaultFormats", env.getProperty("hanbridge.formats", "tmx,xliff,html"));
        return "upload";
    }

    @PostMapping("/runs")
    String upload(@RequestParam("files") List<MultipartFile> files, @RequestParam(required = false) String engine,
            @RequestParam(required = false) List<String> formats, Model model) throws IOException {
        try {
            long runId = launches.onUpload(files, engine, formats == null ? null : String.join(",", formats));
            return "redirect:/runs/" + runId;
        } catch (UploadStore.RejectedUpload | IllegalArgumentException | ForbiddenException e) {
            model.addAttribute("error", e.getMessage());
            return newRun(model);
        }
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable long id, Model model) {
        model.addAttribute("detail", queries.detail(id));
        model.addAttribute("files", queries.files(id));
        return "run";
    }

    @GetMapping("/runs/{id}/articles/{articleId}")
    String article(@PathVariable long id, @PathVariable long articleId, Model model) {
        RunRecord run = queries.record(id);
        ArticleRow row = queries.article(id, articleId);
        BilingualArticle article = articles.loadBilingual(articleId, run.targetLang());
        model.addAttribute("run", run);
        model.addAttribute("row", row);
        model.addAttribute("article", article);
        model.addAttribute("formats", ExportFormat.values());
        return "article";
    }
}
