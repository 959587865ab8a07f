package org.youthvoice.response;

/** Why a submission or one of its answers is refused; each has a message in every language (key error_<name>). */
public enum AnswerProblem {
    UNKNOWN_QUESTION,
    UNKNOWN_OPTION,
    UNKNOWN_COUNTRY,
    WRONG_TYPE,
    TOO_MANY_CHOICES,
    REQUIRED,
    HIDDEN_QUESTION,
    TEXT_TOO_LONG,
    OUTSIDE_AUDIENCE,
    NOT_OPEN_YET,
    CLOSED,
    UNKNOWN_LANGUAGE,
    UNKNOWN_CONSULTATION,
    BAD_CAMPAIGN,
    MALFORMED,
    NOT_FOUND,
    TRY_AGAIN,
    TOO_MANY
}
