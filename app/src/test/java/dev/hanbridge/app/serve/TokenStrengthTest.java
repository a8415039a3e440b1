package dev.hanbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class TokenStrengthTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void randomTokensOfSixteenBytesAreStrongInHexAndInBase64url() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String hex = HexFormat.of().formatHex(bytes);
        String base64url = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

        assertThat(hex).hasSize(32);
        assertThat(TokenStrength.bits(hex)).isEqualTo(128);
        assertThat(base64url).hasSize(22);
        assertThat(TokenStrength.bits(base64url)).isEqualTo(132);
        assertThat(TokenStrength.isStrong(hex)).isTrue();
        assertThat(TokenStrength.isStrong(base64url)).isTrue();
    }

    @Test
    void shortTokensAreWeakForTheirAlphabet() {
        assertThat(TokenStrength.isStrong("x")).isFalse();
        assertThat(TokenStrength.isStrong("0123456789abcdef0123456789abcde")).as("31 hex characters").isFalse();
        assertThat(TokenStrength.isStrong("Zm9vYmFyYmF6cXV1eGNvcm")).as("22 base64url").isTrue();
        assertThat(TokenStrength.isStrong("Zm9vYmFyYmF6cXV1eGNvc")).as("21 base64url").isFalse();
        assertThat(TokenStrength.isStrong("12345678901234567890123456789012345678")).as("38 digits").isFalse();
        assertThat(TokenStrength.isStrong("pa$$w0rd-2026!")).as("14 printable characters").isFalse();
    }

    @Test
    void longTokensOfFewCharactersOrARepeatedStringAreWeak() {
        assertThat(TokenStrength.bits("a".repeat(64))).isZero();
        assertThat(TokenStrength.bits("abababab".repeat(8))).isZero();
        assertThat(TokenStrength.bits("0123456789abcdef".repeat(4))).as("a repeated string").isZero();
    }

    @Test
    void offLoopbackAWeakTokenIsRefusedWithoutPrintingIt() {
        assertThatThrownBy(() -> BindCheck.check("0.0.0.0", "hunter2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weak HANBRIDGE_API_TOKEN").hasMessageContaining("128")
                .hasMessageContaining("openssl rand -hex 32").hasMessageNotContaining("hunter2");
        BindCheck.check("127.0.0.1", "hunter2"); // allowed on loopback (a warning is logged)
        BindCheck.check("0.0.0.0", "3f1e0b9c7a2d4e6f8091a2b3c4d5e6f7");
    }
}
