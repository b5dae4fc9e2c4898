package org.buergerbot.security;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StompPropertiesTests {

    private static StompProperties with(String origin) {
        return new StompProperties(List.of(origin), 16384, 30, 120);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.musterstadt.de", "https://*.musterstadt.de", "http://localhost:8080",
            "http://localhost:*", "http://127.0.0.1:[*]"})
    void acceptsOriginsAndSubdomainPatterns(String origin) {
        assertThatNoException().isThrownBy(() -> with(origin));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "https://*", "http://*:*", "*.musterstadt.de", "https://www.musterstadt.de/",
            "musterstadt.de", "null"})
    void rejectsAnyOriginWildcardsAndMalformedOrigins(String origin) {
        assertThatIllegalArgumentException().isThrownBy(() -> with(origin)).withMessageContaining(origin);
    }
}
