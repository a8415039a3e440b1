package dev.hanbridge.app.web;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.hanbridge.app.job.RunExports;
import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.export.ArticleExporter;
import dev.hanbridge.store.ArticleRow;
import dev.hanbridge.store.ArticleStore;
import dev.hanbridge.store.ExportFileStore;
import dev.hanbridge.store.RunRecord;
import dev.hanbridge.export.ExportFormat;
import dev.hanbridge.export.ExportedFile;
import dev.hanbridge.store.ArticleRow;
import dev.hanbridge.store.ArticleStore;
import dev.hanbridge.store.ExportFileStore;
import dev.hanbridge.store.RunRecord;
import dev.hanbridge.translate.EngineRegistry;
import dev.hanbridge.translate.EngineSettings;
import dev.hanbridge.translate.TranslationEngineProvider;

/** The REST API: launch runs, follow them, download what they wrote. */
@RestController
@RequestMapping("/api")
@ConditionalOnProperty(name = "hanbridge.serve.enabled", havingValue = "true")
class ApiController {

    /** What {@code POST /api/runs} takes as JSON: server paths, and optionally engine and formats. */
    record LaunchRequest(List<String> inputs, String engine, String formats) {
    }

    private final RunQueries queries;
    private final RunLaunches launches;
    private final ArticleStore articles;
    private final ExportFileStore files;
    private final EngineRegistry engines;
    private final EngineSettings engineSettings;
    private final Environment env;

    ApiController(RunQueries queries, RunLaunches launches, ArticleStore articles, ExportFileStore files,
            EngineRegistry engines, EngineSettings engineSettings, Environment env) {
        this.queries = queries;
        this.launches = launches;
        this.articles = articles;
        this.files = files;
        this.engines = engines;
        this.engineSettings = engineSettings;
        this.env = env;
    }

    /** No token needed: says the server is up and its database answers, nothing more. */
    @GetMapping("/health")
    Views.Health health() {
        queries.page(null, 1);
        return new Views.Health("UP");
    }

    /** The engines on the class path, which one is the default, and whether each is configured. */
    @GetMapping("/engines")
    List<Views.Engine> engines() {
        String defaultId = engines.resolve(env.getProperty("hanbridge.engine", EngineRegistry.AUTO), engineSettings);
        List<Views.Engine> out = new ArrayList<>();
        for (TranslationEngineProvider provider : engines.providers()) {
            String problem = null;
            try {
                provider.create(engineSettings);
            } catch (RuntimeException e) {
                problem = e.getMessage(); // names the setting to fix, never its value
            }
            out.add(new Views.Engine(provider.id(), provider.description(), provider.id().equals(defaultId),
                    problem == null, problem));
        }
        return out;
    }

    /** Runs one page may hold: a page of 500 rows took over a second to answer under load. */
    static final int MAX_PAGE = 100;

    /**
     * Recent runs, newest first, a page at a time: {@code limit} runs (1 to {@value #MAX_PAGE};
     * more is cut to it) older than run {@code before}. The next page's address comes in a
     * {@code Link} header ({@code rel="next"}), absent on the last page.
     */
    @GetMapping("/runs")
    ResponseEntity<List<Views.Run>> runs(@RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) Long before) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        RunQueries.Page page = queries.page(before, size);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (page.nextBefore() != null) {
            ok.header(HttpHeaders.LINK, "</api/runs?limit=" + size + "&before=" + page.nextBefore() + ">; rel=\"next\"");
        }
        return ok.body(page.runs());
    }

    /** Starts a run on folders or files the server may read; answers at once with the run. */
    @PostMapping(path = "/runs", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Views.Run> launch(@RequestBody LaunchRequest request) {
        long runId = launches.onServerPaths(request.inputs(), request.engine(), request.formats());
        return accepted(runId);
    }

    /** Starts a run on uploaded articles or zip archives (multipart part {@code files}, repeatable). */
    @PostMapping(path = "/runs", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Views.Run> upload(@RequestPart("files") List<MultipartFile> uploaded,
            @RequestParam(required = false) String engine, @RequestParam(required = false) String formats)
            throws IOException {
        return accepted(launches.onUpload(uploaded, engine, formats));
    }

    private ResponseEntity<Views.Run> accepted(long runId) {
        return ResponseEntity.accepted().location(URI.create("/api/runs/" + runId))
                .body(queries.view(queries.record(runId)));
    }

    /** The run with live progress, its articles (status, segments, who translated) and failures. */
    @GetMapping("/runs/{id}")
    Views.RunDetail run(@PathVariable long id) {
        return queries.detail(id);
    }

    @GetMapping("/runs/{id}/files")
    List<Views.File> files(@PathVariable long id) {
        return queries.files(id);
    }

    /** One file of the run's export folder, by its name there. */
    @GetMapping("/runs/{id}/files/{name}")
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable String name) {
        return download(RunFiles.resolve(queries.record(id), name));
    }

    /** The run's bundle: every export and the manifest, zipped. */
    @GetMapping("/runs/{id}/bundle")
    ResponseEntity<Resource> bundle(@PathVariable long id) {
        return download(RunFiles.resolveBundle(queries.record(id)));
    }

    /** The article's segments that have QA findings, with the findings and the text they point at. */
    @GetMapping("/runs/{id}/articles/{articleId}/qa")
    Views.ArticleQa articleQa(@PathVariable long id, @PathVariable long articleId) {
        return queries.articleQa(id, articleId);
    }

    /**
     * One article's export in any format: the file the run wrote, or, for a format the run was
     * not asked for, written now from the stored segments and translations.
     */
    @GetMapping("/runs/{id}/articles/{articleId}/export/{format}")
    ResponseEntity<Resource> export(@PathVariable long id, @PathVariable long articleId, @PathVariable String format)
            throws IOException {
        RunRecord run = queries.record(id);
        ExportFormat wanted;
        try {
            wanted = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(e.getMessage());
        }
        for (ExportFileStore.ExportFileRow row : files.ofRun(id)) {
            if (row.articleId() != null && row.articleId() == articleId && row.format().equals(wanted.id())) {
                return download(RunFiles.resolve(run, Path.of(row.path()).getFileName().toString()));
            }
        }
        ArticleRow article = articles.row(articleId)
                .filter(a -> a.runId() != null && a.runId() == id && a.segments() > 0)
                .orElseThrow(() -> new NotFoundException("run " + id + " has no article " + articleId
                        + " with segments"));
        BilingualArticle bilingual = RunExports.prepare(articles.loadBilingual(article.id(), run.targetLang()), run);
        Path dir = Files.createTempDirectory("hanbridge-export-");
        try {
            ExportedFile file = RunExports.exporter(Set.of(wanted), run).export(bilingual, dir).get(0);
            byte[] bytes = Files.readAllBytes(file.path());
            return ResponseEntity.ok()
                    .contentType(mediaType(file.path()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.path().getFileName().toString()))
                    .body(new org.springframework.core.io.ByteArrayResource(bytes));
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    private static ResponseEntity<Resource> download(Path path) {
        return ResponseEntity.ok()
                .contentType(mediaType(path))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(path.getFileName().toString()))
                .body(new FileSystemResource(path));
    }

    static String attachment(String name) {
        return ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build()
                .toString();
    }

    private static MediaType mediaType(Path path) {
        String name = path.getFileName().toString();
        if (name.endsWith(".tmx") || name.endsWith(".xlf")) {
            return MediaType.APPLICATION_XML;
        }
        if (name.endsWith(".jsonl")) {
            return MediaType.parseMediaType("application/jsonl");
        }
        if (name.endsWith(".tsv")) {
            return MediaType.parseMediaType("text/tab-separated-values;charset=UTF-8");
        }
        if (name.endsWith(".html")) {
            return MediaType.parseMediaType("text/html;charset=UTF-8");
        }
        if (name.endsWith(".md")) {
            return MediaType.parseMediaType("text/markdown;charset=UTF-8");
        }
        if (name.endsWith(".docx")) {
            return MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
        return MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM);
    }
}
