package org.buergerbot.evaluation;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.buergerbot.dialogue.Action;
import org.buergerbot.dialogue.AnswerEngine;
import org.buergerbot.dialogue.BotReply;
import org.buergerbot.knowledge.FaqEntry;
import org.buergerbot.knowledge.FaqHit;
import org.buergerbot.knowledge.KnowledgeBase;
import org.buergerbot.nlu.IntentSample;
import org.buergerbot.nlu.TrainingCorpus;

/**
 * Which entry answers: a service has two to four entries (registering a dog, deregistering it, a lost tag,
 * exemptions), and the intent model only finds the service. Questions labelled with the entry a clerk would
 * pick ({@code eval/de/entries-dev.tsv}, {@code entries-test.tsv}: entry id, tab, question; written from the
 * entries, never trained on; only the dev half may choose anything) are measured two ways: the knowledge base's
 * entry search within the right service alone (no model needed), and the whole engine.
 */
final class EntryEvaluation {

    static final String DEV = "entries-dev";
    static final String TEST = "entries-test";

    private EntryEvaluation() {
    }

    /** The questions of one half, with the entry id in {@link IntentSample#intent()}. */
    static List<IntentSample> questions(String half) {
        return TrainingCorpus.evaluationSet("de", half);
    }

    /** The entry search within the gold service, against always answering with the service's main entry. */
    static void retrieval(PrintStream out, String title, KnowledgeBase kb, List<IntentSample> questions,
                          boolean details) {
        int right = 0;
        int mainEntry = 0;
        Map<String, Integer> confusions = new TreeMap<>();
        for (IntentSample q : questions) {
            String service = entry(kb, q).service();
            List<FaqHit> hits = kb.search(q.text(), "de", service, 1);
            String chosen = hits.isEmpty() ? service : hits.getFirst().entry().id();
            if (chosen.equals(q.intent())) {
                right++;
            } else {
                confusions.merge(q.intent() + " -> " + chosen, 1, Integer::sum);
            }
            mainEntry += q.intent().equals(service) ? 1 : 0;
        }
        out.printf("%s, entry search within the right service: %s right (always the main entry: %s)%n", title,
                share(right, questions.size()), share(mainEntry, questions.size()));
        if (details) {
            confusions.forEach((pair, n) -> out.printf("  %-60s %d%n", pair, n));
        }
    }

    /** The whole engine: answered with the right entry, with the right service's wrong entry, or otherwise. */
    static void endToEnd(PrintStream out, String title, AnswerEngine engine, KnowledgeBase kb,
                         List<IntentSample> questions) {
        int rightEntry = 0;
        int wrongEntry = 0;
        int wrongService = 0;
        int notAnswered = 0;
        for (IntentSample q : questions) {
            BotReply reply = engine.answer(q.text(), "de");
            if (reply.action() != Action.ANSWER || reply.answer() == null) {
                notAnswered++;
            } else if (reply.answer().id().equals(q.intent())) {
                rightEntry++;
            } else if (reply.answer().service().equals(entry(kb, q).service())) {
                wrongEntry++;
            } else {
                wrongService++;
            }
        }
        int n = questions.size();
        out.printf("%s, whole engine: answered with the right entry %s, right service but another of its entries "
                        + "%s, wrong service %s, not answered (options, hand-off) %s%n", title, share(rightEntry, n),
                share(wrongEntry, n), share(wrongService, n), share(notAnswered, n));
    }

    private static FaqEntry entry(KnowledgeBase kb, IntentSample q) {
        Optional<FaqEntry> entry = kb.get(q.intent());
        return entry.orElseThrow(() -> new IllegalStateException("Unknown entry id in an entry question set: "
                + q.intent()));
    }

    private static String share(int part, int total) {
        return String.format("%.1f%% (%d/%d)", total == 0 ? 0 : 100.0 * part / total, part, total);
    }
}
