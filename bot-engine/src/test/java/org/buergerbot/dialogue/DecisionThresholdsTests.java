package org.buergerbot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/** The evaluation harness runs without Spring on {@link DecisionThresholds#DEFAULT}: it must equal the server's. */
class DecisionThresholdsTests {

    @Test
    void defaultsEqualTheConfiguredThresholds() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties p = yaml.getObject();
        String prefix = "buergerbot.dialogue.thresholds.";
        DecisionThresholds configured = new DecisionThresholds(
                Double.parseDouble(p.getProperty(prefix + "answer")), Double.parseDouble(p.getProperty(prefix + "clarify")),
                Double.parseDouble(p.getProperty(prefix + "option")),
                Double.parseDouble(p.getProperty(prefix + "conversation")),
                Double.parseDouble(p.getProperty(prefix + "decline")));
        assertThat(configured).isEqualTo(DecisionThresholds.DEFAULT);
    }
}
