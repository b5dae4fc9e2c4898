package org.buergerbot.dialogue;

/** A question the engine refuses to process, with a message that tells the caller what to change. */
public class InvalidQuestionException extends RuntimeException {

    /** What is wrong, for machine-readable error types. */
    public enum Problem { MISSING_TEXT, TEXT_TOO_LONG, UNSUPPORTED_LANGUAGE }

    private final Problem problem;

    public InvalidQuestionException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
