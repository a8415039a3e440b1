package dev.hanbridge.translate.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.hanbridge.translate.local.MarianOptions.DecoderLayout;
import dev.hanbridge.translate.local.MarianOptions.Precision;

/**
 * The runtime gives the token ids transformers' {@code generate()} gives, on every reference
 * sentence, for both decoder layouts and every search rule the references cover.
 */
class MarianTranslatorTest {

    private static MarianTranslator open(Precision precision, DecoderLayout layout, int batchSize) {
        return MarianTranslator.open(TinyMarian.folder(), MarianOptions.defaults().withThreads(1)
                .withPrecision(precision).withLayout(layout).withBatchSize(batchSize));
    }

    private static void assertSameIds(MarianTranslator marian, String variant, GenerationSettings settings) {
        List<TinyMarian.Case> cases = TinyMarian.translations(variant);
        List<int[]> outputs = marian.generate(cases.stream().map(TinyMarian.Case::inputIds).toList(), settings);
        for (int i = 0; i < cases.size(); i++) {
            assertThat(outputs.get(i)).as(variant + ": " + cases.get(i).source()).containsExactly(cases.get(i).outputIds());
        }
    }

    @Test
    void greedySearchGivesGeneratesIdsWithTheMergedDecoder() {
        try (MarianTranslator marian = open(Precision.FULL, DecoderLayout.MERGED, 8)) {
            assertSameIds(marian, "greedy", marian.generation().withBeams(1));
        }
    }

    @Test
    void greedySearchGivesGeneratesIdsWithTheSplitDecoderOneSegmentAtATime() {
        try (MarianTranslator marian = open(Precision.FULL, DecoderLayout.SPLIT, 1)) {
            assertThat(marian.description().decoderLayout()).isEqualTo("split");
            assertSameIds(marian, "greedy", marian.generation().withBeams(1));
        }
    }

    @Test
    void beamSearchGivesGeneratesIdsWithTheMergedDecoder() {
        try (MarianTranslator marian = open(Precision.FULL, DecoderLayout.MERGED, 8)) {
            assertThat(marian.generation().beams()).as("num_beams of generation_config.json").isEqualTo(4);
            assertSameIds(marian, "beam4", marian.generation());
        }
    }

    @Test
    void beamSearchGivesGeneratesIdsWithTheSplitDecoder() {
        try (MarianTranslator marian = open(Precision.FULL, DecoderLayout.SPLIT, 5)) {
            assertSameIds(marian, "beam4", marian.generation());
        }
    }

    @Test
    void beamSearchFollowsEarlyStoppingAndALengthPenaltyBelowOne() {
        try (MarianTranslator marian = open(Precision.FULL, DecoderLayout.MERGED, 8)) {
            assertSameIds(marian, "beam3_early_lp06", marian.generation().withBeams(3).withStopping("true", 0.6f, false));
        }
    }

    @Test
    void beamSearchFollowsEarlyStoppingNeverWithRenormalisedScores() {
        try (MarianTranslator marian = open(Precision.FULL, DecoderLayout.MERGED, 8)) {
            assertSameIds(marian, "beam4_never_lp15_renormalized",
                    marian.generation().withStopping("never", 1.5f, true));
        }
    }

    @Test
    void quantizedFilesGiveTheIdsOnnxRuntimeGaveInPythonOneSegmentAtATime() {
        // Dynamic int8 quantization scales activations per tensor, so a batch's other rows (and
        // their padding) shift a row's numbers: the references were made one segment at a time.
        try (MarianTranslator marian = open(Precision.AUTO, DecoderLayout.AUTO, 1)) {
            assertThat(marian.description().quantized()).as("AUTO takes the quantized files").isTrue();
            assertSameIds(marian, "greedy_quantized", marian.generation().withBeams(1));
        }
    }

    @Test
    void translatesToTheTextsPythonDecodesFromBeamSearch() {
        List<TinyMarian.Case> cases = TinyMarian.translations("beam4");
        try (MarianTranslator marian = open(Precision.FULL, DecoderLayout.MERGED, 8)) {
            List<String> texts = marian.translate(cases.stream().map(TinyMarian.Case::source).toList());
            assertThat(texts).containsExactlyElementsOf(cases.stream().map(TinyMarian.Case::text).toList());
        }
    }

    @Test
    void translatesABlankSegmentToAnEmptyTextInItsPlace() {
        try (MarianTranslator marian = open(Precision.FULL, DecoderLayout.MERGED, 8)) {
            String first = TinyMarian.translations("beam4").get(0).source();
            List<String> texts = marian.translate(List.of(" ", first));
            assertThat(texts.get(0)).isEmpty();
            assertThat(texts.get(1)).isEqualTo(TinyMarian.translations("beam4").get(0).text());
        }
    }

    @Test
    void describesTheFilesInUseAndTheirSize() {
        try (MarianTranslator marian = open(Precision.FULL, DecoderLayout.MERGED, 8)) {
            ModelDescription description = marian.description();
            assertThat(description.name()).isEqualTo("tiny-marian");
            assertThat(description.files()).contains("encoder_model.onnx", "decoder_model_merged.onnx", "source.spm",
                    "vocab.json").doesNotContain("decoder_model.onnx", "encoder_model_quantized.onnx");
            assertThat(description.quantized()).isFalse();
            assertThat(description.beams()).isEqualTo(4);
            assertThat(description.maxInputTokens()).isEqualTo(128);
            assertThat(description.sizeBytes()).isBetween(300_000L, 700_000L);
        }
    }
}
