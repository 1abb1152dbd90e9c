package newsroom.annotator.quotes;

import newsroom.annotator.model.TextRange;

/**
 * Who a reporting verb's clause says is speaking.
 *
 * @param name         where the speaker's name stands, roles and titles left out; for NAMED only
 * @param organisation the name is an organisation's ("the AP", "la Secretaría"), which "he" or "she"
 *                     cannot refer back to
 */
record Subject(Kind kind, TextRange name, boolean organisation) {

    enum Kind {
        /** A name: "Jesus Ramirez Cuevas said", "según la AP". */
        NAMED,
        /** "he said", "según ella": the last person named. */
        PRONOUN,
        /** A role with a definite article and no name, "the president said", "dijo el mandatario": the last person named. */
        ANAPHORIC,
        /** "a spokesman said", "una fuente": someone the text does not name. */
        UNNAMED,
        /** Nothing that reads as a speaker. */
        NONE
    }

    static final Subject NONE = new Subject(Kind.NONE, null, false);
    static final Subject PRONOUN = new Subject(Kind.PRONOUN, null, false);
    static final Subject ANAPHORIC = new Subject(Kind.ANAPHORIC, null, false);
    static final Subject UNNAMED = new Subject(Kind.UNNAMED, null, false);

    static Subject named(TextRange name, boolean organisation) {
        return new Subject(Kind.NAMED, name, organisation);
    }

    boolean found() {
        return kind != Kind.NONE;
    }

    boolean isPerson() {
        return kind == Kind.NAMED && !organisation;
    }
}
