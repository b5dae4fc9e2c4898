package org.buergerbot.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** Knowledge-base data failed validation; {@link #problems()} names every file and field at fault. */
public class InvalidKnowledgeException extends RuntimeException {

    private final List<ValidationProblem> problems;

    public InvalidKnowledgeException(List<ValidationProblem> problems) {
        super(problems.size() + " problem(s) in knowledge-base data:\n"
                + problems.stream().map(ValidationProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ValidationProblem> problems() {
        return problems;
    }
}
