package dev.hanbridge.translate.memory;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.hanbridge.common.text.KoreanText;

/**
 * A TBX-Basic glossary, TBX v3 ({@code tbx / text / body / conceptEntry / langSec / termSec / term})
 * or TBX 2008 ({@code martif / text / body / termEntry / langSet / tig|ntig / term}), in either
 * style of administrative status ({@code <termNote type="administrativeStatus">} or the DCT element
 * {@code <basic:administrativeStatus>}).
 *
 * <p>Several terms per language: every Korean term of an entry becomes a source term, deprecated ones
 * included, since articles still contain them and they must still come out right; the English target
 * is the entry's first preferred term, else its first term that is not deprecated or superseded.
 * An entry without such an English term is reported. The note is the entry's definition or note.
 */
final class TbxGlossary {

    private static final Set<String> ENTRIES = Set.of("conceptEntry", "termEntry");
    private static final Set<String> LANGUAGES = Set.of("langSec", "langSet");
    private static final Set<String> TERMS = Set.of("termSec", "tig", "ntig");

    private final String file;

    TbxGlossary(String file) {
        this.file = file;
    }

    GlossaryFile read(InputStream in) {
        XMLStreamReader xml = XmlInput.open(in, file);
        try {
            String root = XmlInput.root(xml, file);
            if (!root.equals("tbx") && !root.equals("martif")) {
                throw new ImportFileException(file, XmlInput.line(xml), "an XML glossary must be TBX (<tbx> or <martif>),"
                        + " not <" + root + ">. For a table, save it as CSV or TSV with a header row.");
            }
            List<GlossaryTerm> terms = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && ENTRIES.contains(xml.getLocalName())) {
                    int line = XmlInput.line(xml);
                    String id = XmlInput.attribute(xml, "id");
                    Entry entry = entry(xml);
                    String where = "line " + line + (id == null ? "" : " (entry " + id + ")");
                    Term target = entry.target();
                    if (entry.korean().isEmpty()) {
                        continue; // an entry for other languages only
                    }
                    if (target == null) {
                        problems.add(where + ": no English term that is not deprecated; entry skipped");
                        continue;
                    }
                    for (Term source : entry.korean()) {
                        Integer first = seen.putIfAbsent(source.text(), line);
                        if (first != null) {
                            problems.add(where + ": " + source.text() + " is already on line " + first + "; term skipped");
                        } else {
                            terms.add(new GlossaryTerm(source.text(), target.text(), entry.note()));
                        }
                    }
                }
            }
            return new GlossaryFile("TBX", terms, problems);
        } catch (XMLStreamException e) {
            throw XmlInput.error(file, e);
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing is left to release that matters once the file has been read or has failed
            }
        }
    }

    private Entry entry(XMLStreamReader xml) throws XMLStreamException {
        Entry entry = new Entry();
        int depth = 1;
        String lang = null;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (LANGUAGES.contains(name)) {
                lang = XmlInput.language(xml);
                depth++;
            } else if (TERMS.contains(name)) {
                entry.add(lang, term(xml));
            } else if (entry.note == null && (name.equals("note") || name.equals("definition")
                    || (name.equals("descrip") && "definition".equals(XmlInput.attribute(xml, "type"))))) {
                String note = KoreanText.normalize(XmlInput.text(xml));
                entry.note = note.isEmpty() ? null : note;
            } else {
                depth++; // descend: langSec may wrap its terms in other elements
            }
        }
        return entry;
    }

    /** A termSec, tig or ntig: its term and administrative status. */
    private Term term(XMLStreamReader xml) throws XMLStreamException {
        String text = "";
        String status = null;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("term")) {
                    text = KoreanText.normalize(XmlInput.text(xml));
                } else if (name.equals("administrativeStatus") || (name.equals("termNote")
                        && "administrativeStatus".equals(XmlInput.attribute(xml, "type")))) {
                    status = XmlInput.text(xml).strip();
                } else {
                    depth++;
                }
            }
        }
        return new Term(text, status);
    }

    private record Term(String text, String status) {

        boolean preferred() {
            return status != null && status.startsWith("preferred");
        }

        boolean usable() {
            return status == null || !(status.startsWith("deprecated") || status.startsWith("superseded"));
        }
    }

    private static final class Entry {

        private final List<Term> korean = new ArrayList<>();
        private final List<Term> english = new ArrayList<>();
        private String note;

        void add(String lang, Term term) {
            if (term.text().isEmpty()) {
                return;
            }
            if (XmlInput.matches(lang, "ko")) {
                korean.add(term);
            } else if (XmlInput.matches(lang, "en")) {
                english.add(term);
            }
        }

        List<Term> korean() {
            return korean;
        }

        String note() {
            return note;
        }

        Term target() {
            return english.stream().filter(Term::preferred).findFirst()
                    .orElse(english.stream().filter(Term::usable).findFirst().orElse(null));
        }
    }
}
