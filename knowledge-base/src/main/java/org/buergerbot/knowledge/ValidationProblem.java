package org.buergerbot.knowledge;

/** One thing wrong with knowledge-base data, naming where it is so an editor can fix it. */
public record ValidationProblem(String source, String entryId, String field, String message) {

    @Override
    public String toString() {
        return source + (entryId == null ? "" : " [" + entryId + "]") + (field == null ? "" : " " + field)
                + ": " + message;
    }
}
