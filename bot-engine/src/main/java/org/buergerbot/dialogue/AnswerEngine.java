package org.buergerbot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.buergerbot.knowledge.FaqEntry;
import org.buergerbot.knowledge.FaqHit;
import org.buergerbot.knowledge.KnowledgeBase;
import org.buergerbot.knowledge.Link;
import org.buergerbot.knowledge.ServiceCatalog;
import org.buergerbot.knowledge.TextNormalizer;
import org.buergerbot.nlu.IntentClassifier;
import org.buergerbot.nlu.IntentPrediction;
import org.buergerbot.nlu.LanguageDetection;

/**
 * The answer pipeline for one message: normalise, classify, retrieve, decide. Stateless and thread-safe; the
 * same path serves the REST API, the chat and the evaluation harness.
 */
public final class AnswerEngine {

    /** Longest message accepted; longer ones are rejected, never truncated. */
    public static final int MAX_TEXT_LENGTH = 1000;

    private final Map<String, IntentClassifier> classifiers;
    private final KnowledgeBase knowledgeBase;
    private final ServiceCatalog catalog;
    private final DecisionPolicy policy;
    private final LocalFacts facts;
    private final LanguageDetection languageDetection;

    /** @param classifiers one classifier per supported language code */
    public AnswerEngine(Map<String, IntentClassifier> classifiers, KnowledgeBase knowledgeBase,
                        ServiceCatalog catalog, DecisionPolicy policy, LocalFacts facts,
                        LanguageDetection languageDetection) {
        this.classifiers = Map.copyOf(classifiers);
        this.knowledgeBase = knowledgeBase;
        this.catalog = catalog;
        this.policy = policy;
        this.facts = facts;
        this.languageDetection = languageDetection;
    }

    public Set<String> languages() {
        return new TreeSet<>(classifiers.keySet());
    }

    /**
     * @param lang a supported language code, or null for German
     * @throws InvalidQuestionException for blank or over-long text or an unsupported language
     */
    public BotReply answer(String text, String lang) {
        String language = lang == null ? "de" : lang;
        IntentClassifier classifier = classifiers.get(language);
        if (classifier == null) {
            throw new InvalidQuestionException(InvalidQuestionException.Problem.UNSUPPORTED_LANGUAGE,
                    "Language '" + language + "' is not supported; supported: " + languages());
        }
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidQuestionException(InvalidQuestionException.Problem.TEXT_TOO_LONG,
                    "Text has " + text.length() + " characters; at most " + MAX_TEXT_LENGTH + " are accepted.");
        }
        String normalized = TextNormalizer.normalize(text);
        if (normalized.isEmpty()) {
            throw new InvalidQuestionException(InvalidQuestionException.Problem.MISSING_TEXT,
                    "Text is missing or blank.");
        }
        IntentPrediction prediction = classifier.classify(normalized);
        Decision decision = policy.decide(prediction);
        if (isUnanswered(decision) && languageDetection.otherLanguage(normalized, ISO_639_3.get(language)).isPresent()) {
            // Written in a language the knowledge base does not cover: say so honestly and offer a human.
            return handoff(null, decision.confidence(), language, Replies.OTHER_LANGUAGE);
        }
        return reply(decision, normalized, language);
    }

    /**
     * The reply to an explicit request for a person (the widget's button): no classification, so the hand-off
     * does not depend on the model recognising a sentence.
     */
    public BotReply personRequested(String lang) {
        return handoff(DecisionPolicy.HUMAN_HANDOFF, 1, lang == null ? "de" : lang, Replies.HANDOFF_REQUESTED);
    }

    private static final Map<String, String> ISO_639_3 = Map.of("de", "deu", "en", "eng");

    private static boolean isUnanswered(Decision decision) {
        return decision.action() == Action.DECLINE || decision.action() == Action.CLARIFY
                || decision.action() == Action.HANDOFF && !DecisionPolicy.HUMAN_HANDOFF.equals(decision.intent());
    }

    /** The main answer of a service with local facts filled in (for clerks' one-click insertion). */
    public Optional<BotReply.Answer> serviceAnswer(String service, String lang) {
        return knowledgeBase.get(service).filter(e -> e.lang().equals(lang))
                .map(entry -> answer(new Decision(Action.ANSWER, service, 1, List.of()), entry, lang).answer());
    }

    private BotReply reply(Decision decision, String text, String lang) {
        return switch (decision.action()) {
            case ANSWER -> findEntry(text, lang, decision.intent())
                    .map(entry -> answer(decision, entry, lang))
                    .orElseGet(() -> handoff(decision.intent(), decision.confidence(), lang, Replies.HANDOFF_UNSURE));
            case CLARIFY -> new BotReply(Action.CLARIFY, decision.intent(), decision.confidence(), lang,
                    Replies.CLARIFY, null, options(decision.options(), lang));
            case SMALLTALK -> new BotReply(Action.SMALLTALK, decision.intent(), decision.confidence(), lang,
                    facts.fill(Replies.SMALLTALK.get(decision.intent()), null), null, List.of());
            case HANDOFF -> handoff(decision.intent(), decision.confidence(), lang,
                    DecisionPolicy.HUMAN_HANDOFF.equals(decision.intent()) ? Replies.HANDOFF_REQUESTED
                            : Replies.HANDOFF_UNSURE);
            case DECLINE -> new BotReply(Action.DECLINE, null, decision.confidence(), lang,
                    facts.fill(Replies.DECLINE, null), null, List.of());
        };
    }

    private BotReply handoff(String intent, double confidence, String lang, String text) {
        return new BotReply(Action.HANDOFF, intent, confidence, lang, facts.fill(text, null), null, List.of());
    }

    /** The best entry of the service for this question; the service's main entry if none matches a word. */
    private Optional<FaqEntry> findEntry(String text, String lang, String service) {
        List<FaqHit> hits = knowledgeBase.search(text, lang, service, 1);
        if (!hits.isEmpty()) {
            return Optional.of(hits.getFirst().entry());
        }
        return knowledgeBase.get(service).filter(e -> e.lang().equals(lang));
    }

    private BotReply answer(Decision decision, FaqEntry entry, String lang) {
        String office = entry.responsibleOffice().isExternal() ? null : entry.responsibleOffice().office();
        String shortAnswer = facts.fill(entry.shortAnswer(), office);
        BotReply.Answer answer = new BotReply.Answer(entry.id(), entry.service(), entry.title(),
                AnswerText.render(entry, shortAnswer, facts, office), links(entry, office));
        return new BotReply(Action.ANSWER, decision.intent(), decision.confidence(), lang, shortAnswer, answer,
                List.of());
    }

    private List<Link> links(FaqEntry entry, String office) {
        List<Link> links = new ArrayList<>();
        if (entry.onlineService() != null) {
            links.add(entry.onlineService());
        }
        if (entry.responsibleOffice().isExternal()) {
            links.add(new Link(entry.responsibleOffice().external(), entry.responsibleOffice().url()));
        }
        links.addAll(entry.links());
        return links.stream()
                .map(l -> new Link(facts.fill(l.title(), office), facts.fill(l.url(), office)))
                .filter(l -> l.url() != null && l.url().startsWith("https://"))
                .distinct()
                .toList();
    }

    private List<BotReply.Option> options(List<String> services, String lang) {
        return services.stream()
                .map(service -> new BotReply.Option(
                        knowledgeBase.get(service).map(FaqEntry::id).orElse(service), service,
                        catalog.find(service).map(i -> i.title(lang)).orElse(service)))
                .toList();
    }
}
