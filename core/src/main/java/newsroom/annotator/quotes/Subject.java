package newsroom.annotator.quotes;

import java.util.HashSet;
import java.util.Set;
import newsroom.annotator.model.TextRange;

/**
 * Who a reporting verb's clause says is speaking.
 *
 * @param name         where the speaker's name stands, roles and titles left out; for NAMED, and for an
 *                     ANAPHORIC role the organisation it is a role of ("el presidente de la República"),
 *                     which speaks when nobody was named before
 * @param organisation the name is an organisation's ("the AP", "la Secretaría"), which "he" or "she"
 *                     cannot refer back to
 * @param roles        the last word of each role the phrase gave ("president", "portavoz"): "the
 *                     president said" refers back to the last speaker who was a president; and, marked by
 *                     {@link #complementKey}, the capitalised words of what a role is a role of ("Interior"
 *                     in "la ministra del Interior"), which "la titular de Interior" shares
 * @param possessed    a possessor stands before the role ("Argentina’s president"): it says whose role it
 *                     is, so it is nobody a lead introduces to name later
 * @param gender       for a PRONOUN, whether it says a man or a woman ("he", "elle"); else unknown
 * @param group        the role is in the plural ("French military leaders", "los vecinos"): several people, never
 *                     the one person a lead goes on to name
 */
record Subject(Kind kind, TextRange name, boolean organisation, Set<String> roles, boolean possessed, Genders.Gender gender,
               boolean group) {

    Subject {
        roles = Set.copyOf(roles);
        gender = gender == null ? Genders.Gender.UNKNOWN : gender;
    }

    Subject(Kind kind, TextRange name, boolean organisation, Set<String> roles, boolean possessed, Genders.Gender gender) {
        this(kind, name, organisation, roles, possessed, gender, false);
    }

    Subject(Kind kind, TextRange name, boolean organisation, Set<String> roles, boolean possessed) {
        this(kind, name, organisation, roles, possessed, Genders.Gender.UNKNOWN);
    }

    Subject(Kind kind, TextRange name, boolean organisation, Set<String> roles) {
        this(kind, name, organisation, roles, false);
    }

    enum Kind {
        /** A name: "Jesus Ramirez Cuevas said", "según la AP". */
        NAMED,
        /** "he said", "según ella": the last person named. */
        PRONOUN,
        /**
         * A role with a definite article and no name, "the president said", "dijo el mandatario", "the
         * Oregon Democrat": the last person named with that role, else the last person named.
         */
        ANAPHORIC,
        /** "the latter said", "ce dernier assure": the person named last, whoever spoke last. */
        LATTER,
        /** "a spokesman said", "una fuente": someone the text does not name. */
        UNNAMED,
        /** "the statement reads", "según el informe": a text whose writer the text does not name. */
        DOCUMENT,
        /** Nothing that reads as a speaker. */
        NONE
    }

    static final Subject NONE = new Subject(Kind.NONE, null, false, Set.of());

    /** The key under which {@code roles} holds a word of what a role is a role of. */
    static String complementKey(String word) {
        return "of:" + word;
    }

    static boolean isComplementKey(String role) {
        return role.startsWith("of:");
    }
    static final Subject PRONOUN = new Subject(Kind.PRONOUN, null, false, Set.of());

    /** A pronoun subject that says a man or a woman speaks ("she said"), or neither. */
    static Subject pronoun(Genders.Gender gender) {
        return gender == Genders.Gender.UNKNOWN ? PRONOUN : new Subject(Kind.PRONOUN, null, false, Set.of(), false, gender);
    }
    static final Subject UNNAMED = new Subject(Kind.UNNAMED, null, false, Set.of());
    static final Subject DOCUMENT = new Subject(Kind.DOCUMENT, null, false, Set.of());
    static final Subject LATTER = new Subject(Kind.LATTER, null, false, Set.of());

    Subject withRoles(Set<String> more) {
        Set<String> all = new HashSet<>(roles);
        all.addAll(more);
        return new Subject(kind, name, organisation, all, possessed, gender, group);
    }

    boolean found() {
        return kind != Kind.NONE;
    }

    boolean isPerson() {
        return kind == Kind.NAMED && !organisation;
    }
}
