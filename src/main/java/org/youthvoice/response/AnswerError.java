package org.youthvoice.response;

/** A refused answer: the question it concerns (null for the submission as a whole) and why. */
public record AnswerError(String question, AnswerProblem problem, Object... args) {

    public static AnswerError general(AnswerProblem problem, Object... args) {
        return new AnswerError(null, problem, args);
    }
}
