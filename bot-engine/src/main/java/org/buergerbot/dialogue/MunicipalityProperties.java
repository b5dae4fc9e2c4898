package org.buergerbot.dialogue;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Local facts of the deploying municipality, filled into knowledge-base texts in place of {@code {{...}}}
 * placeholders. Defaults describe the fictitious "Musterstadt" (application.yml).
 *
 * @param offices local offices by key ({@code buergeramt}, {@code standesamt}, ...)
 * @param links   municipality-wide links ({@code appointment}, {@code onlineServices}, {@code privacy})
 */
@ConfigurationProperties("buergerbot.municipality")
public record MunicipalityProperties(String name, String hotline, Map<String, Office> offices,
                                     Map<String, String> links) {

    /** One local office. */
    public record Office(String name, String address, String phone, String email, String hours, String url) {
    }

    public MunicipalityProperties {
        offices = offices == null ? Map.of() : Map.copyOf(offices);
        links = links == null ? Map.of() : Map.copyOf(links);
    }
}
