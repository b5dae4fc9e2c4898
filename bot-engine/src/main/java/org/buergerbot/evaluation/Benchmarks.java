package org.buergerbot.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds the shared benchmark data ({@code ../shared/benchmarks} beside the repository). */
final class Benchmarks {

    private Benchmarks() {
    }

    static Path directory() {
        String configured = System.getProperty("buergerbot.benchmarks");
        List<Path> candidates = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("../shared/benchmarks"), Path.of("../../shared/benchmarks"));
        return candidates.stream().filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new IllegalStateException("Benchmark data not found in " + candidates
                        + "; set -Dbuergerbot.benchmarks=<dir>"));
    }
}
