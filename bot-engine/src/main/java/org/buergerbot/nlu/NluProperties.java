package org.buergerbot.nlu;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param modelCache directory where trained intent models are kept between restarts */
@ConfigurationProperties("buergerbot.nlu")
public record NluProperties(Path modelCache) {
}
