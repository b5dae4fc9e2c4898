package org.buergerbot.knowledge;

/** A link shown with an answer: an online service, an appointment page or an official portal. */
public record Link(String title, String url) {
}
