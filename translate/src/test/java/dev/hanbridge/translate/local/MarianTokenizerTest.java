package dev.hanbridge.translate.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MarianTokenizerTest {

    private static MarianTranslator marian;

    @BeforeAll
    static void open() {
        marian = MarianTranslator.open(TinyMarian.folder(), MarianOptions.defaults().withThreads(1));
    }

    @AfterAll
    static void close() {
        marian.close();
    }

    @Test
    void givesTheIdsOfPythonsMarianTokenizerForEveryReferenceText() {
        // Covers the nmt_nfkc character map (full-width Latin, circled digits, ㈜, conjoining jamo,
        // a no-break space), whitespace runs, tabs and newlines, unknown runs merged into one piece,
        // and special tokens written in the text.
        List<TinyMarian.Case> cases = TinyMarian.tokenizerCases();
        assertThat(cases).hasSizeGreaterThan(30);
        for (TinyMarian.Case c : cases) {
            assertThat(marian.tokenizer().encode(c.source())).as(c.source()).containsExactly(c.inputIds());
        }
    }

    @Test
    void decodesGeneratedIdsToTheTextPythonDecodes() {
        for (String variant : List.of("greedy", "beam4", "beam3_early_lp06")) {
            for (TinyMarian.Case c : TinyMarian.translations(variant)) {
                assertThat(marian.tokenizer().decode(c.outputIds())).as(variant + ": " + c.source()).isEqualTo(c.text());
            }
        }
    }

    @Test
    void endsEveryInputWithEosAndCutsNothingForAnEmptyText() {
        assertThat(marian.tokenizer().encode("")).containsExactly(marian.tokenizer().eosId());
        assertThat(marian.tokenizer().encode(" \t ")).containsExactly(marian.tokenizer().eosId());
    }
}
