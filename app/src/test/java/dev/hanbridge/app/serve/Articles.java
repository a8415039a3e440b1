package dev.hanbridge.app.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small Korean articles written for these tests; each sentence unique, so engine calls can be counted. */
final class Articles {

    private static final String[] CITIES = {"춘천", "목포", "여수", "안동", "포항", "청주", "순천", "경주"};

    private Articles() {
    }

    static void write(Path dir, int count, int paragraphs) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            String city = CITIES[i % CITIES.length];
            StringBuilder text = new StringBuilder(city + " 야시장 " + i + "호 안내\n\n이도윤 기자\n\n");
            for (int p = 0; p < paragraphs; p++) {
                text.append(city).append(" 야시장은 ").append(i).append("번째 안내의 ").append(p)
                        .append("번째 문단에서 운영 시간을 알렸다. 상인 ").append(10 + p)
                        .append("명이 새로 참여한다.\n\n");
            }
            Files.writeString(dir.resolve(String.format("night-market-%02d.txt", i)), text, StandardCharsets.UTF_8);
        }
    }
}
