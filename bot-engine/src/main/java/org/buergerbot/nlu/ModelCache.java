package org.buergerbot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import opennlp.tools.doccat.DoccatModel;

/**
 * Trained intent models on disk, keyed by a SHA-256 of their training data and settings, so a restart with
 * unchanged data loads the model instead of retraining. Files are written to a temporary name and moved, so a
 * crash never leaves a half-written model behind.
 */
public final class ModelCache {

    /** Bump when feature extraction changes in a way the settings do not show. */
    private static final String FORMAT = "intent-model-v1";
    private static final Logger log = LoggerFactory.getLogger(ModelCache.class);

    private final Path directory;

    public ModelCache(Path directory) {
        this.directory = directory;
    }

    public static String key(String lang, String analysis, List<IntentSample> samples, TrainingSettings settings) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((FORMAT + '\n' + lang + '\n' + settings + '\n' + analysis + '\n')
                    .getBytes(StandardCharsets.UTF_8));
            for (IntentSample s : samples) {
                sha.update((s.intent() + '\t' + s.text() + '\n').getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    public Optional<DoccatModel> load(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(new DoccatModel(in));
        } catch (IOException | RuntimeException e) {
            log.warn("Ignoring unreadable cached model {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    public void store(String key, DoccatModel model) {
        try {
            Files.createDirectories(directory);
            Path tmp = Files.createTempFile(directory, "intent-", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                model.serialize(out);
            }
            Files.move(tmp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            log.warn("Could not cache the intent model in {}: {}", directory, e.toString());
        }
    }

    private Path file(String key) {
        return directory.resolve("intent-" + key.substring(0, 24) + ".bin");
    }
}
