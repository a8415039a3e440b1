package dev.hanbridge.store;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The glossary: Korean source term to English target term (오픈AI -> OpenAI). */
public class GlossaryStore {

    private final JdbcClient jdbc;

    public GlossaryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every entry, by source term. */
    public Map<String, String> all() {
        Map<String, String> terms = new LinkedHashMap<>();
        jdbc.sql("SELECT source_term, target_term FROM hb_glossary_entry ORDER BY source_term")
                .query(rs -> {
                    terms.put(rs.getString(1), rs.getString(2));
                });
        return terms;
    }

    /** Adds the entry, or replaces the target of an existing source term. */
    public void put(String sourceTerm, String targetTerm, String note) {
        int updated = jdbc.sql("UPDATE hb_glossary_entry SET target_term = ?, note = ? WHERE source_term = ?")
                .params(targetTerm, note, sourceTerm).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO hb_glossary_entry (source_term, target_term, note) VALUES (?, ?, ?)")
                    .params(sourceTerm, targetTerm, note).update();
        }
    }
}
