package dev.hanbridge.translate.local;

import java.nio.file.Path;
import java.util.List;

/**
 * What a {@link MarianTranslator} runs, for {@code hanbridge engines} and export metadata.
 *
 * @param name           the model folder's name (the cache names folders after the repository)
 * @param folder         the folder
 * @param sizeBytes      bytes on disk of the files in use
 * @param files          those files, relative to the folder
 * @param quantized      whether the ONNX files are the int8 ones
 * @param decoderLayout  {@code merged} or {@code split}
 * @param beams          beam width in use (1: greedy)
 * @param maxInputTokens the model's input limit, {@code </s>} included; longer segments are split
 */
public record ModelDescription(String name, Path folder, long sizeBytes, List<String> files, boolean quantized,
        String decoderLayout, int beams, int maxInputTokens) {

    public ModelDescription {
        files = List.copyOf(files);
    }
}
