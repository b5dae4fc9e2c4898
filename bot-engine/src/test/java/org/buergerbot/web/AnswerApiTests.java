package org.buergerbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole application over real HTTP: the answer API contract and its problem details. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "buergerbot.nlu.model-cache=target/test-models")
class AnswerApiTests {

    private static final Set<String> ACTIONS = Set.of("ANSWER", "CLARIFY", "SMALLTALK", "HANDOFF", "DECLINE");

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> post(String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/answer"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ask(String text) throws Exception {
        HttpResponse<String> response = post("application/json",
                json.writeValueAsString(java.util.Map.of("text", text)));
        assertThat(response.statusCode()).as("status for %s: %s", text, response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void answersAServiceQuestionWithTheFullContract() throws Exception {
        JsonNode reply = ask("Mein Personalausweis läuft nächsten Monat ab. Wie beantrage ich einen neuen?");
        assertThat(reply.get("action").asString()).isEqualTo("ANSWER");
        assertThat(reply.get("intent").asString()).isEqualTo("personalausweis");
        assertThat(reply.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(reply.get("lang").asString()).isEqualTo("de");
        assertThat(reply.get("reply").asString()).isNotBlank().doesNotContain("{{");
        JsonNode answer = reply.get("answer");
        assertThat(answer.get("service").asString()).isEqualTo("personalausweis");
        assertThat(answer.get("id").asString()).startsWith("personalausweis");
        assertThat(answer.get("title").asString()).isNotBlank();
        assertThat(answer.get("text").asString()).contains(reply.get("reply").asString()).doesNotContain("{{");
        for (JsonNode link : answer.get("links")) {
            assertThat(link.get("url").asString()).startsWith("https://");
            assertThat(link.get("title").asString()).isNotBlank();
        }
        assertThat(reply.get("options").isArray()).isTrue();
    }

    @Test
    void greetsHandsOffAndDeclines() throws Exception {
        assertThat(ask("Hallo!").get("action").asString()).isEqualTo("SMALLTALK");
        JsonNode human = ask("Ich möchte bitte mit einem echten Menschen sprechen");
        assertThat(human.get("action").asString()).isEqualTo("HANDOFF");
        assertThat(human.get("answer").isNull()).isTrue();
        JsonNode offTopic = ask("Wer hat gestern das Fußballspiel gewonnen?");
        assertThat(offTopic.get("action").asString()).isEqualTo("DECLINE");
        assertThat(offTopic.get("intent").isNull()).isTrue();
    }

    @Test
    void aGreetingOrALetterFrameDoesNotChangeTheAnswer() throws Exception {
        String question = "Wo melde ich meinen Hund an?";
        JsonNode plain = ask(question);
        assertThat(plain.get("action").asString()).isEqualTo("ANSWER");
        for (String framed : List.of("Hallo, " + question, "Hallo zusammen, " + question + " LG",
                "Sehr geehrte Damen und Herren, " + question + " Mit freundlichen Grüßen, Anna Schmidt")) {
            JsonNode reply = ask(framed);
            assertThat(reply.get("action").asString()).as(framed).isEqualTo("ANSWER");
            assertThat(reply.get("intent").asString()).as(framed).isEqualTo(plain.get("intent").asString());
        }
        assertThat(ask("Hallo, guten Tag!").get("intent").asString()).isEqualTo("greeting");
        assertThat(ask("Vielen Dank im Voraus!").get("intent").asString()).isEqualTo("thanks");
    }

    @Test
    void saysHonestlyWhenAQuestionIsInAnotherLanguage() throws Exception {
        JsonNode reply = ask("How can I register my new address after moving to this city?");
        assertThat(reply.get("action").asString()).isEqualTo("HANDOFF");
        assertThat(reply.get("reply").asString()).contains("nur Fragen auf Deutsch").contains("only answer questions in German");
    }

    @Test
    void noInputStringProducesAServerError() throws Exception {
        List<String> hostile = List.of("\"", "*", "AND(", "\\", "\"*AND(\\", "title:pass^5 OR *:*", "😀🙈🚗",
                "Pass\u0000Ausweis", "\u202Eesspiesier\u202C", "Reise\u200Bpass\u200D", "\uFEFF\u200E\u200F",
                "a".repeat(1000), "ä ".repeat(500), "<script>alert(1)</script>", "{{office.name}}", "%00%27--",
                "\uD83D", "ﷺ ﷻ ︎", "Personalausweis ".repeat(62));
        for (String text : hostile) {
            HttpResponse<String> response = post("application/json", json.writeValueAsString(java.util.Map.of("text", text)));
            assertThat(response.statusCode()).as("status for %s", text).isIn(200, 400);
            if (response.statusCode() == 200) {
                assertThat(ACTIONS).contains(json.readTree(response.body()).get("action").asString());
            } else {
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        v -> assertThat(v).startsWith("application/problem+json"));
            }
        }
    }

    @Test
    void rejectsBadInputWithProblemDetails() throws Exception {
        assertProblem(post("application/json", "{}"), 400, "missing-text");
        assertProblem(post("application/json", "{\"text\": \"   \"}"), 400, "missing-text");
        assertProblem(post("application/json", "{\"text\": \"\\u200B\\u0000\"}"), 400, "missing-text");
        assertProblem(post("application/json", json.writeValueAsString(java.util.Map.of("text", "a".repeat(1001)))),
                400, "text-too-long");
        assertProblem(post("application/json", "{\"text\": \"Hallo\", \"lang\": \"xx\"}"), 400, "unsupported-language");
        assertProblem(post("application/json", "{\"text\": \"Hallo\""), 400, "malformed-json");
        assertProblem(post("application/json", ""), 400, "malformed-json");
        HttpResponse<String> wrongType = post("text/plain", "Hallo");
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(wrongType.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
    }

    private void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).endsWith("/" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void acceptsExplicitGermanAndAnswersInIt() throws Exception {
        HttpResponse<String> response = post("application/json", "{\"text\": \"Reisepass beantragen\", \"lang\": \"de\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("lang").asString()).isEqualTo("de");
    }

    private HttpResponse<String> getFrom(String origin, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Origin", origin).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void widgetModulesAndTextsAreShareableWithAllowedOriginsOnly() throws Exception {
        // A municipal page on another origin loads the widget's modules with import() and its texts with fetch().
        for (String path : List.of("/widget/chat.js", "/widget/i18n/de.json")) {
            HttpResponse<String> allowed = getFrom("http://127.0.0.1:" + port, path);
            assertThat(allowed.statusCode()).isEqualTo(200);
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
                    .contains("http://127.0.0.1:" + port);
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

            HttpResponse<String> foreign = getFrom("https://evil.example", path);
            assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }
}
