package dev.hanbridge.translate.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a SentencePiece {@code ModelProto} file. Only what Marian's unigram models use is read;
 * a model that needs more (BPE, byte fallback, user-defined symbols, a denormaliser) is refused
 * with the reason rather than tokenised differently from Python.
 */
final class SpmFile {

    private SpmFile() {
    }

    static SentencePieceModel read(Path file) {
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LocalModelException("Cannot read the SentencePiece model " + file + ": " + e.getMessage(), e);
        }
        try {
            return parse(data, file);
        } catch (IllegalStateException | ArrayIndexOutOfBoundsException malformed) {
            throw new LocalModelException("The SentencePiece model " + file + " is damaged (" + malformed.getMessage()
                    + "). Fetch the model folder again.", malformed);
        }
    }

    private static SentencePieceModel parse(byte[] data, Path file) {
        List<String> pieces = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        int modelType = 1;
        boolean suffixWhitespace = false;
        boolean byteFallback = false;
        int unknownId = 0;
        String unknownSurface = " \u2047 ";
        byte[] charsMap = new byte[0];
        boolean addDummyPrefix = true;
        boolean removeExtraWhitespaces = true;
        boolean escapeWhitespaces = true;
        boolean denormalizes = false;
        ProtoReader model = new ProtoReader(data);
        while (model.next()) {
            switch (model.field()) {
                case 1 -> {
                    ProtoReader piece = model.message();
                    String text = "";
                    float score = 0f;
                    int type = SentencePieceModel.NORMAL;
                    while (piece.next()) {
                        switch (piece.field()) {
                            case 1 -> text = piece.string();
                            case 2 -> score = piece.fixed32Float();
                            case 3 -> type = (int) piece.varint();
                            default -> piece.skip();
                        }
                    }
                    pieces.add(text);
                    scores.add(score);
                    types.add(type);
                }
                case 2 -> {
                    ProtoReader trainer = model.message();
                    while (trainer.next()) {
                        switch (trainer.field()) {
                            case 3 -> modelType = (int) trainer.varint();
                            case 24 -> suffixWhitespace = trainer.varint() != 0;
                            case 35 -> byteFallback = trainer.varint() != 0;
                            case 40 -> unknownId = (int) trainer.varint();
                            case 44 -> unknownSurface = trainer.string();
                            default -> trainer.skip();
                        }
                    }
                }
                case 3 -> {
                    ProtoReader normalizer = model.message();
                    while (normalizer.next()) {
                        switch (normalizer.field()) {
                            case 2 -> charsMap = normalizer.bytes();
                            case 3 -> addDummyPrefix = normalizer.varint() != 0;
                            case 4 -> removeExtraWhitespaces = normalizer.varint() != 0;
                            case 5 -> escapeWhitespaces = normalizer.varint() != 0;
                            default -> normalizer.skip();
                        }
                    }
                }
                case 5 -> {
                    ProtoReader denormalizer = model.message();
                    while (denormalizer.next()) {
                        switch (denormalizer.field()) {
                            case 2 -> denormalizes |= denormalizer.bytes().length > 0;
                            case 6 -> denormalizes |= !denormalizer.string().isEmpty();
                            default -> denormalizer.skip();
                        }
                    }
                }
                default -> model.skip();
            }
        }
        String unsupported = modelType != 1 ? "a model type other than unigram"
                : byteFallback ? "byte fallback"
                : suffixWhitespace ? "whitespace as a suffix"
                : types.contains(SentencePieceModel.USER_DEFINED) ? "user-defined symbols"
                : denormalizes ? "a denormaliser"
                : pieces.isEmpty() ? "no pieces at all" : null;
        if (unsupported != null) {
            throw new LocalModelException("The SentencePiece model " + file + " uses " + unsupported
                    + ", which the local engine's tokenizer does not implement (Marian's unigram models do not).");
        }
        if (unknownId < 0 || unknownId >= pieces.size()) {
            throw new LocalModelException("The SentencePiece model " + file + " names unknown piece " + unknownId
                    + " but has " + pieces.size() + " pieces. Fetch the model folder again.");
        }
        float[] scoreArray = new float[scores.size()];
        int[] typeArray = new int[types.size()];
        for (int i = 0; i < scoreArray.length; i++) {
            scoreArray[i] = scores.get(i);
            typeArray[i] = types.get(i);
        }
        PrecompiledCharsMap map = charsMap.length == 0 ? null : PrecompiledCharsMap.parse(charsMap);
        return new SentencePieceModel(pieces.toArray(String[]::new), scoreArray, typeArray, unknownId, unknownSurface,
                new SpmNormalizer(map, addDummyPrefix, removeExtraWhitespaces, escapeWhitespaces));
    }
}
