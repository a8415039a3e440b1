package dev.hanbridge.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Korean articles written for the tests, each sentence unique so that engine calls can be counted. */
final class Fixtures {

    private static final String[] PLACES = {"부산", "인천", "대구", "광주", "대전", "울산", "수원", "전주", "제주", "강릉"};
    private static final String[] THINGS = {"도서관", "수산시장", "버스 노선", "공원", "박물관", "야구장", "항구", "시장"};

    private Fixtures() {
    }

    /** Writes {@code count} plain-text articles of {@code paragraphs} paragraphs to {@code dir}. */
    static List<Path> articles(Path dir, int count, int paragraphs) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String place = PLACES[i % PLACES.length];
            StringBuilder text = new StringBuilder();
            text.append(place).append(" 시 새 ").append(THINGS[i % THINGS.length]).append(" 계획 발표 ").append(i)
                    .append("호\n\n");
            text.append("김서연 기자\n\n");
            for (int p = 0; p < paragraphs; p++) {
                text.append(place).append("시는 ").append(i).append("번째 기사의 ").append(p)
                        .append("번째 문단에서 새 사업을 설명했다. ");
                text.append("예산은 ").append(100 + i).append("억원이며 주민 ").append(p + 1)
                        .append("만 명이 혜택을 받는다고 밝혔다.\n\n");
            }
            Path file = dir.resolve(String.format("article-%03d.txt", i));
            Files.writeString(file, text, StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }
}
