package dev.hanbridge.store;

import java.util.LinkedHashMap;
import java.util.List;
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

    /** One entry with its note ({@code null} when it has none). */
    public record Entry(String sourceTerm, String targetTerm, String note) {
    }

    /** What {@link #put} did. */
    public enum Put {
        ADDED, UPDATED, UNCHANGED
    }

    /** Every entry with its note, by source term. */
    public List<Entry> entries() {
        return jdbc.sql("SELECT source_term, target_term, note FROM hb_glossary_entry ORDER BY source_term")
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Adds the entry, or replaces the target and note of an existing source term. */
    public Put put(String sourceTerm, String targetTerm, String note) {
        var existing = jdbc.sql("SELECT target_term, note FROM hb_glossary_entry WHERE source_term = ?")
                .param(sourceTerm).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
        if (existing.isEmpty()) {
            jdbc.sql("INSERT INTO hb_glossary_entry (source_term, target_term, note) VALUES (?, ?, ?)")
                    .params(sourceTerm, targetTerm, note).update();
            return Put.ADDED;
        }
        if (existing.get()[0].equals(targetTerm) && java.util.Objects.equals(existing.get()[1], note)) {
            return Put.UNCHANGED;
        }
        jdbc.sql("UPDATE hb_glossary_entry SET target_term = ?, note = ? WHERE source_term = ?")
                .params(targetTerm, note, sourceTerm).update();
        return Put.UPDATED;
    }

    /** Removes the entry of a source term; false when there was none. */
    public boolean remove(String sourceTerm) {
        return jdbc.sql("DELETE FROM hb_glossary_entry WHERE source_term = ?").param(sourceTerm).update() > 0;
    }

    /** Removes every entry and returns how many there were. */
    public int removeAll() {
        return jdbc.sql("DELETE FROM hb_glossary_entry").update();
    }
}
