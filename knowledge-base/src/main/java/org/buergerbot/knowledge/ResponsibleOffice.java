package org.buergerbot.knowledge;

/**
 * Who handles a service: a local office of the municipality, named by its configuration key
 * ({@code office}), or an authority outside the municipality ({@code external} with its {@code url}).
 */
public record ResponsibleOffice(String office, String external, String url) {

    /** True when the municipality itself is not responsible and the citizen must go elsewhere. */
    public boolean isExternal() {
        return external != null && !external.isBlank();
    }
}
