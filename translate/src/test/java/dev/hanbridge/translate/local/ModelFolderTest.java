package dev.hanbridge.translate.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFolderTest {

    @TempDir
    Path temp;

    private Path copyOfTinyModel() throws IOException {
        Path copy = temp.resolve("copy");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(TinyMarian.folder())) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    @Test
    void namesTheFolderAndEveryMissingFile() throws IOException {
        Path folder = copyOfTinyModel();
        Files.delete(folder.resolve("source.spm"));
        Files.delete(folder.resolve("encoder_model.onnx"));
        Files.delete(folder.resolve("encoder_model_quantized.onnx"));

        assertThatThrownBy(() -> MarianTranslator.open(folder, MarianOptions.defaults()))
                .isInstanceOf(LocalModelException.class)
                .hasMessageContaining("The model folder " + folder + " is incomplete")
                .hasMessageContaining("source.spm")
                .hasMessageContaining("encoder_model_quantized.onnx + decoder_model_merged_quantized.onnx")
                .hasMessageContaining("encoder_model.onnx + decoder_model_merged.onnx");
    }

    @Test
    void saysWhenTheFolderDoesNotExist() {
        Path missing = temp.resolve("nowhere");
        assertThatThrownBy(() -> MarianTranslator.open(missing, MarianOptions.defaults()))
                .isInstanceOf(LocalModelException.class)
                .hasMessageContaining("The model folder " + missing + " does not exist");
    }

    @Test
    void findsOnnxFilesInAnOnnxSubfolderAsHubRepositoriesKeepThem() throws IOException {
        Path folder = copyOfTinyModel();
        Files.createDirectories(folder.resolve("onnx"));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".onnx")).toList()) {
                Files.move(file, folder.resolve("onnx").resolve(file.getFileName()));
            }
        }
        try (MarianTranslator marian = MarianTranslator.open(folder, MarianOptions.defaults().withThreads(1))) {
            assertThat(marian.description().files()).contains("onnx/encoder_model_quantized.onnx",
                    "onnx/decoder_model_merged_quantized.onnx");
        }
    }

    @Test
    void refusesAGenerationSettingItDoesNotImplement() throws IOException {
        Path folder = copyOfTinyModel();
        String generation = Files.readString(folder.resolve("generation_config.json"));
        Files.writeString(folder.resolve("generation_config.json"),
                generation.replace("\"num_beams\": 4", "\"num_beams\": 4, \"no_repeat_ngram_size\": 3"));

        assertThatThrownBy(() -> MarianTranslator.open(folder, MarianOptions.defaults()))
                .isInstanceOf(LocalModelException.class)
                .hasMessageContaining("sets no_repeat_ngram_size = 3");
    }

    @Test
    void saysWhichJsonFileIsDamaged() throws IOException {
        Path folder = copyOfTinyModel();
        Files.writeString(folder.resolve("config.json"), "{\"d_model\": ");

        assertThatThrownBy(() -> MarianTranslator.open(folder, MarianOptions.defaults()))
                .isInstanceOf(LocalModelException.class)
                .hasMessageContaining(folder.resolve("config.json") + " is not valid JSON");
    }
}
