package newsroom.annotator.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsroom.annotator.dictionaries.Dictionaries;

/**
 * The words of one language that tell who is speaking, each list by its kind, read from that language's
 * folder of {@code dictionaries/} (README there says what each file holds). A language without lists gets
 * an empty lexicon: its quotations are still found, with no speaker. Immutable.
 *
 * @param dropsSubjects  the language leaves out a known subject ("—, añadió"): its verbs refer back to the
 *                       last speaker ({@code grammar.txt}: {@code drops-subjects})
 * @param dialogueDashes a paragraph that opens with a dash is a turn of dialogue ({@code grammar.txt}:
 *                       {@code dialogue-dashes})
 * @param quotedAsides   the narrator's words between dashes inside a quotation stay inside it ("“Mi ha molto
 *                       colpito – ha aggiunto – la nota”"; {@code grammar.txt}: {@code quoted-asides})
 * @param capitalisesNouns the language writes every noun with a capital ("die Kritik"), so one capitalised
 *                       word is no name by its capital alone ({@code grammar.txt}: {@code capitalises-nouns})
 * @param verbSecond     the finite verb is a main clause's second part: a clause that opens with anything but its
 *                       subject has the subject right after the verb ("Bei seiner Ansprache zeigte sich Ueli
 *                       Maurer …"; {@code grammar.txt}: {@code verb-second})
 * @param tellsAfterQuotation a verb of telling right after a quotation may name the one told, its speaker left out
 *                       ("“…,” told CP24"); where it may not, the name after it is its subject ("« … », a assuré le
 *                       procureur"; {@code grammar.txt}: {@code tells-after-quotation})
 * @param partyInitialsAfterRole a party's initials right after a role are what the role is a role of, not a name
 *                       ("le ministre MCG", "les élus PS"; {@code grammar.txt}: {@code party-initials-after-role})
 * @param partyLetters   the one-letter party marks of an affiliation written after a name, "R-Texas", "D-Haywood"
 *                       ({@code grammar.txt}: {@code party-affiliation-letters})
 * @param ageNounEndings what follows the number in a noun that names a person by their age ("46-Jährige",
 *                       "46-year-old"; {@code grammar.txt}: {@code age-noun-endings})
 * @param ageUnits       the word of a person's age after a number, "años", "ans" ({@code grammar.txt}: {@code age-units})
 * @param pluralVerbEndings the endings of a verb's third person plural in the tense news reports speech in
 *                       ("denunciaron", "pidieron"; {@code grammar.txt}: {@code plural-verb-endings})
 * @param pluralAuxiliaries the auxiliaries of a compound tense in the third person plural, "hanno", "han" ({@code
 *                       grammar.txt}: {@code plural-auxiliaries})
 * @param elisions       words joined to the next by an apostrophe, words of their own ("l'", "dell'")
 * @param agentMarker    the word that brings in a passive's agent, "by", "por" ({@code grammar.txt}: {@code agent}),
 *                       or null
 * @param authorLinks    the words that link a text to its author after it, "from", "de" ("the tweet from Cornyn";
 *                       {@code grammar.txt}: {@code author-links})
 * @param clauseOpeners  words that open a clause with its own subject and verb, "because", "porque" ({@code
 *                       grammar.txt}: {@code clause-openers})
 * @param viewpointOpeners the prepositions that open a sentence with whose view it gives, "para", "pour", "for"
 *                       ("Para o volante Fabinho, o time até fez …"; {@code grammar.txt}: {@code viewpoint-openers})
 * @param copulas        the forms of "to be" that, right after a quotation, say what its words are ("fue el mensaje";
 *                       {@code grammar.txt}: {@code copulas})
 * @param possessives    the possessive determiners ("sus", "his"; {@code grammar.txt}: {@code possessive-determiners})
 * @param passiveAuxiliaries the forms that make a participle after them passive, "was", "fue", "été"
 *                       ({@code grammar.txt}: {@code passive-auxiliaries})
 * @param passiveClitics the pronouns that make a verb right after them passive or impersonal, "se" ("se informó
 *                       que": nobody named says it; {@code grammar.txt}: {@code passive-clitics})
 * @param objectClitics  the object pronouns that stand between a relative pronoun and its verb ("quien les llamó",
 *                       "che gli ha detto"; {@code grammar.txt}: {@code object-clitics})
 * @param caseNouns      the nouns of a sentence that presents someone as an instance ("C’est le cas de Djamilatou
 *                       Perkouma", "Es el caso de Ana Paola …"; {@code grammar.txt}: {@code case-nouns})
 * @param capacityWords  the words that give a person's role after their name, "como", "as" ("el nombramiento de Mariana
 *                       de Lachica Huerta como vocera oficial"; {@code grammar.txt}: {@code capacity-words})
 * @param gerundEndings  the endings of the language's gerunds, "ing", "ando" ({@code grammar.txt}: {@code gerund-endings})
 * @param participleEndings the endings of the language's past participles, "ed", "ado" ({@code grammar.txt}:
 *                       {@code participle-endings}); none where a participle looks like another form of the verb
 * @param imperfectEndings the endings of the imperfect of the language's commonest verbs, "aba", "ava" ({@code
 *                       grammar.txt}: {@code imperfect-endings}): a long word so ending that opens a sentence in
 *                       capitals is its verb, before the subject ("Realizaba Casañ un recorrido"), no first name
 * @param originLinks    the small words that, in lower case between a name and a capitalised word, say where the person
 *                       is from rather than go on with the name, "di" ("Emanuele di Lentiai"; {@code grammar.txt}:
 *                       {@code origin-links}): where the language is read, they are no name particles
 * @param firstPartPrepositions where the verb stands second, the prepositions that open a first part which is no
 *                       subject ("Mit scharfen Worten kritisierte der Minister …"; {@code grammar.txt}: {@code
 *                       first-part-prepositions})
 * @param verbParticles  where the verb stands second, the separable parts of verbs of saying that close the clause after
 *                       its subject ("sagte der Minister voraus"), grammar.txt's {@code verb-particles}
 * @param nominativePronouns the subject pronouns whose form is only a subject's ("er", not "sie", which is also
 *                       an object): after a verb that stands second, the verb's subject whatever opens the clause
 *                       ("Lapidar meinte er: …"; {@code grammar.txt}: {@code nominative-pronouns})
 * @param prepositionalPronouns the pronouns a preposition governs that refer back to a person as a subject pronoun
 *                       does: after a cue phrase, the speaker ("According to him, “…”"; {@code grammar.txt}: {@code
 *                       prepositional-pronouns})
 * @param addresseeVerbs reporting verbs whose next name is the one spoken to, not the speaker ("told CP24:")
 * @param documents      texts that carry words ("statement", "tuit"): as a subject they name no person
 * @param indirectSpeech verb forms of the mood a language reports speech in (German "sei", "habe", "müsse")
 * @param passersBy      nouns for people met in the story whom it does not name ("el niño", "the boy"): as a subject,
 *                       with any article, they name nobody ({@code passers-by.txt})
 * @param firstNames     first names of any origin ({@code first-names.txt}), lower case without accents, for a language
 *                       that capitalises nouns: a person's name starts at one ("Gemeinderat Günter Salchner")
 * @param groups         organisations and groups ("company", "banda"): as a subject they refer back to one
 * @param termLeadIns    words that make the quoted words after them a mention of words ("el término “…”")
 * @param questions      verbs of asking and of answering, and the preposition that marks the one asked,
 *                       each line "word TAB kind" ({@code questions.txt})
 * @param latter         the phrases that refer back to the person named last, "the latter", "ce dernier" ({@code latter.txt})
 * @param kin            the nouns of family relations, "mother", "cuñado" ({@code kin.txt})
 * @param demonyms       the nouns of a country's people that the language capitalises and writes in lower case as
 *                       adjectives ("le Roumain" against "le ministre roumain"; {@code demonyms.txt})
 * @param publicationWords the words that open or close a newspaper's name ("Manila Bulletin", "Bote der Urschweiz"),
 *                       as {@code publication-words.txt} lists them for mastheads
 * @param constructions  the reporting constructions of {@code reporting-constructions.txt}, in order
 */
record Lexicon(String language, boolean dropsSubjects, boolean dialogueDashes, boolean quotedAsides, boolean capitalisesNouns,
               boolean verbSecond, boolean tellsAfterQuotation, boolean partyInitialsAfterRole, List<String> partyLetters, List<String> ageNounEndings, List<String> ageUnits, List<String> pluralVerbEndings, List<String> pluralAuxiliaries, String agentMarker, List<String> authorLinks, List<String> clauseOpeners, List<String> viewpointOpeners, List<String> copulas, List<String> possessives, List<String> passiveAuxiliaries, List<String> passiveClitics, List<String> objectClitics, List<String> caseNouns, List<String> capacityWords, List<String> gerundEndings, List<String> participleEndings, List<String> imperfectEndings, List<String> originLinks, List<String> firstPartPrepositions, List<String> verbParticles,
               List<String> nominativePronouns, List<String> prepositionalPronouns,
               List<String> reportingVerbs, List<String> addresseeVerbs, List<String> auxiliaries,
               List<String> cuePhrases, List<String> roles, List<String> spokespersonRoles, List<String> roleLinks,
               List<String> articles, List<String> pronouns, List<String> functionWords, List<String> adverbs,
               List<String> timeWords, List<String> relatives, List<String> objectRelatives,
               List<String> placePrepositions, List<String> conjunctions, List<String> abbreviations,
               List<String> elisions, List<String> documents, List<String> indirectSpeech, List<String> groups, List<String> publicationWords, List<String> passersBy, List<String> firstNames, List<String> termLeadIns, List<String> questions, List<String> latter, List<String> kin,
               List<String> demonyms, List<Construction> constructions) {

    static Lexicon load(Dictionaries dictionaries, String language) {
        Map<String, String> grammar = dictionaries.facts(language, "grammar");
        List<String> gerundEndings = words(grammar, "gerund-endings");
        return new Lexicon(language,
                Boolean.parseBoolean(grammar.get("drops-subjects")),
                Boolean.parseBoolean(grammar.get("dialogue-dashes")),
                Boolean.parseBoolean(grammar.get("quoted-asides")),
                Boolean.parseBoolean(grammar.get("capitalises-nouns")),
                Boolean.parseBoolean(grammar.get("verb-second")),
                Boolean.parseBoolean(grammar.get("tells-after-quotation")),
                Boolean.parseBoolean(grammar.get("party-initials-after-role")),
                words(grammar, "party-affiliation-letters"),
                words(grammar, "age-noun-endings"),
                words(grammar, "age-units"),
                words(grammar, "plural-verb-endings"),
                words(grammar, "plural-auxiliaries"),
                grammar.get("agent"),
                words(grammar, "author-links"),
                words(grammar, "clause-openers"),
                words(grammar, "viewpoint-openers"),
                words(grammar, "copulas"),
                words(grammar, "possessive-determiners"),
                words(grammar, "passive-auxiliaries"),
                words(grammar, "passive-clitics"),
                words(grammar, "object-clitics"),
                words(grammar, "case-nouns"),
                words(grammar, "capacity-words"),
                withEnclitics(gerundEndings, gerundEndings, grammar),
                words(grammar, "participle-endings"),
                words(grammar, "imperfect-endings"),
                words(grammar, "origin-links"),
                words(grammar, "first-part-prepositions"),
                words(grammar, "verb-particles"),
                words(grammar, "nominative-pronouns"),
                words(grammar, "prepositional-pronouns"),
                withEnclitics(dictionaries.list(language, "reporting-verbs"), gerundEndings, grammar),
                dictionaries.list(language, "addressee-verbs"),
                dictionaries.list(language, "auxiliaries"),
                dictionaries.list(language, "cue-phrases"),
                dictionaries.list(language, "roles"),
                dictionaries.list(language, "spokesperson-roles"),
                dictionaries.list(language, "role-links"),
                dictionaries.list(language, "articles"),
                dictionaries.list(language, "pronouns"),
                dictionaries.list(language, "function-words"),
                dictionaries.list(language, "adverbs"),
                dictionaries.list(language, "time-words"),
                dictionaries.list(language, "relatives"),
                dictionaries.list(language, "object-relatives"),
                dictionaries.list(language, "place-prepositions"),
                dictionaries.list(language, "conjunctions"),
                dictionaries.list(language, "abbreviations"),
                dictionaries.list(language, "elisions"),
                dictionaries.list(language, "documents"),
                dictionaries.list(language, "indirect-speech"),
                dictionaries.list(language, "groups"),
                dictionaries.list(language, "publication-words"),
                dictionaries.list(language, "passers-by"),
                dictionaries.list(language, "first-names"),
                dictionaries.list(language, "term-lead-ins"),
                dictionaries.list(language, "questions"),
                dictionaries.list(language, "latter"),
                dictionaries.list(language, "kin"),
                dictionaries.list(language, "demonyms"),
                dictionaries.list(language, "reporting-constructions").stream().map(line -> Construction.parse(language, line)).toList());
    }

    /** The words of a grammar fact's value, none when the language states no such fact. */
    private static List<String> words(Map<String, String> grammar, String key) {
        return List.of(grammar.getOrDefault(key, "").split("\\s+")).stream().filter(e -> !e.isEmpty()).toList();
    }

    /**
     * The forms, and each gerund among them with the pronouns a language writes onto it ("calificándolo",
     * "atribuyéndolo", "dicendogli"): grammar.txt's {@code enclitic-gerund-endings} say how each of the
     * gerund endings is written before them (Spanish marks the stress: "ando" → "ándo"), {@code enclitics}
     * which pronouns join. Forms of several words are left as they are.
     */
    private static List<String> withEnclitics(List<String> forms, List<String> gerundEndings, Map<String, String> grammar) {
        List<String> written = words(grammar, "enclitic-gerund-endings");
        List<String> enclitics = words(grammar, "enclitics");
        if (enclitics.isEmpty() || written.size() != gerundEndings.size()) {
            return forms;
        }
        List<String> all = new ArrayList<>(forms);
        for (String form : forms) {
            for (int k = 0; k < gerundEndings.size(); k++) {
                if (!form.contains(" ") && form.toLowerCase(Locale.ROOT).endsWith(gerundEndings.get(k))) {
                    String stem = form.substring(0, form.length() - gerundEndings.get(k).length());
                    for (String pronoun : enclitics) {
                        all.add(stem + written.get(k) + pronoun);
                    }
                    break;
                }
            }
        }
        return List.copyOf(all);
    }
}
