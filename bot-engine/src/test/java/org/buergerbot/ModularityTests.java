package org.buergerbot;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Module boundaries (nlu, dialogue, web, system, evaluation) cannot rot: no cycles, no reaching into internals. */
class ModularityTests {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(BotApplication.class).verify();
    }
}
