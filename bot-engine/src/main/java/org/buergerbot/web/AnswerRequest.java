package org.buergerbot.web;

/** Body of {@code POST /api/v1/answer}: the citizen's text and, optionally, the language (default {@code de}). */
record AnswerRequest(String text, String lang) {
}
