package org.buergerbot.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of services and conversation intents ({@code service-catalog.tsv}); its ids are the intent ids
 * the API reports and never change.
 */
public final class ServiceCatalog {

    /** Kind of a catalogue line. */
    public enum Kind { SERVICE, CONVERSATION }

    /** One catalogue line. */
    public record Item(String id, Kind kind, String area, String titleDe, String titleEn) {

        public String title(String lang) {
            return "en".equals(lang) ? titleEn : titleDe;
        }
    }

    public static final String RESOURCE = "buergerbot/catalog/service-catalog.tsv";

    private final Map<String, Item> items;

    public ServiceCatalog(List<Item> items) {
        Map<String, Item> byId = new LinkedHashMap<>();
        items.forEach(i -> byId.put(i.id(), i));
        this.items = byId;
    }

    /** Reads the catalogue from the training-data jar on the classpath. */
    public static ServiceCatalog fromClasspath() {
        List<String> lines = AnalysisResources.readLines(RESOURCE);
        if (lines.isEmpty()) {
            throw new IllegalStateException("Service catalogue " + RESOURCE + " is missing or empty");
        }
        List<Item> items = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            if (cols.length != 5) {
                throw new IllegalStateException(RESOURCE + ": expected 5 tab-separated columns in: " + line);
            }
            items.add(new Item(cols[0], Kind.valueOf(cols[1].toUpperCase(java.util.Locale.ROOT)), cols[2], cols[3],
                    cols[4]));
        }
        return new ServiceCatalog(items);
    }

    public List<Item> items() {
        return List.copyOf(items.values());
    }

    public List<Item> services() {
        return items.values().stream().filter(i -> i.kind() == Kind.SERVICE).toList();
    }

    public Optional<Item> find(String id) {
        return Optional.ofNullable(items.get(id));
    }

    public boolean contains(String id) {
        return items.containsKey(id);
    }
}
