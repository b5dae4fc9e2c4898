package org.buergerbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The widget's UI languages have exactly the same keys, none empty. */
class WidgetLanguagesTests {

    private static JsonNode read(String lang) throws Exception {
        try (InputStream in = WidgetLanguagesTests.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/widget/i18n/" + lang + ".json")) {
            assertThat(in).as("widget/i18n/%s.json", lang).isNotNull();
            return JsonMapper.builder().build().readTree(in);
        }
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        node.propertyNames().forEach(keys::add);
        return keys;
    }

    @Test
    void germanAndEnglishHaveTheSameKeysAndNoEmptyStrings() throws Exception {
        JsonNode de = read("de");
        JsonNode en = read("en");
        assertThat(keys(en)).isEqualTo(keys(de));
        for (JsonNode language : new JsonNode[] {de, en}) {
            language.properties().forEach(e -> assertThat(e.getValue().asString()).as(e.getKey()).isNotBlank());
        }
    }
}
