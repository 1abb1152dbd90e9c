package newsroom.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsroom.annotator.Annotators;
import newsroom.annotator.dictionaries.Dictionaries;
import newsroom.annotator.model.Annotation;
import org.junit.jupiter.api.Test;

/**
 * Speakers read from reporting clauses of breitbart.com's "Mexican President Offers Political Asylum to
 * Julian Assange" (the project's example article): roles and possessors left out, organisations kept.
 */
class SpeakerParserTest {

    private static final ReportingCues CUES = ReportingCues.load(Dictionaries.load(Optional.empty()), List.of("en", "es"));
    private static final SpeakerParser PARSER = new SpeakerParser(CUES);
    /** The cues and parser of German alone, for its verb-second and capitalised nouns. */
    private static final ReportingCues GERMAN = ReportingCues.load(Dictionaries.load(Optional.empty()), List.of("de"));
    private static final SpeakerParser GERMAN_PARSER = new SpeakerParser(GERMAN);
    private static final ReportingCues ITALIAN = ReportingCues.load(Dictionaries.load(Optional.empty()), List.of("it", "en"));
    private static final SpeakerParser ITALIAN_PARSER = new SpeakerParser(ITALIAN);
    private static final ReportingCues FRENCH = ReportingCues.load(Dictionaries.load(Optional.empty()), List.of("fr", "en"));
    private static final SpeakerParser FRENCH_PARSER = new SpeakerParser(FRENCH);
    /** French alone, as a page all of whose prose is French is read: "a" is then no English article. */
    private static final ReportingCues FRENCH_ONLY = ReportingCues.load(Dictionaries.load(Optional.empty()), List.of("fr"));
    private static final SpeakerParser FRENCH_ONLY_PARSER = new SpeakerParser(FRENCH_ONLY);

    private static String name(String text, Subject subject) {
        return text.substring(subject.name().start(), subject.name().end());
    }

    /** The subject right before the cue, which must be a description that refers back (a role, no name). */
    private static Subject assertRefersBackBefore(String text, String cue) {
        Subject subject = before(text, cue);
        assertEquals(Subject.Kind.ANAPHORIC, subject.kind());
        return subject;
    }

    /** The subject right before the cue must be someone the text does not name. */
    private static void assertUnnamedBefore(String text, String cue) {
        assertEquals(Subject.Kind.UNNAMED, before(text, cue).kind(), text);
    }

    /** The subject right before the cue, which must be named with these words. */
    private static Subject assertNamedBefore(String text, String cue, String expected) {
        Subject subject = before(text, cue);
        assertEquals(Subject.Kind.NAMED, subject.kind());
        assertEquals(expected, name(text, subject));
        return subject;
    }

    /**
     * dailymirror.lk, on Sri Lanka's tourism minister: a role's complement joined by "and" ends with a first name and
     * a surname, which are the person's; two capitalised words after "y" stay the complement's.
     */
    @Test
    void aComplementJoinedByAndEndsBeforeTheName() {
        Subject minister = assertNamedBefore("Minister of Tourism and Lands Harin Fernando told Parliament today that Sri Lanka is indebted",
                " told", "Harin Fernando");
        assertTrue(minister.roles().contains("minister"));
        assertNamedBefore("Secretary of Health and Human Services Xavier Becerra said the rule would stay", " said", "Xavier Becerra");
        assertRefersBackBefore("el ministro del Interior y Seguridad Pública dijo que no", " dijo");
    }

    /**
     * lapatria.bo, on a councillor's complaint: after "según", a possessive and one noun that is no role say whose
     * view it is, as a pronoun would ("Según su criterio, lo ocurrido fue “muy grave”"); a role after the
     * possessive is someone else ("según su abogado").
     */
    @Test
    void aPossessiveAndAViewAreWhoseWords() {
        String view = "Según su criterio, lo ocurrido fue grave";
        assertEquals(Subject.Kind.PRONOUN, PARSER.after(view(view), "Según".length(), view.length(), true).kind());
        String lawyer = "Según su abogado, lo ocurrido fue grave";
        assertFalse(PARSER.after(view(lawyer), "Según".length(), lawyer.length(), true).kind() == Subject.Kind.PRONOUN);
    }

    @Test
    void rolesAndPossessorsAreLeftOutOfTheName() {
        Subject subject = assertNamedBefore("AMLO’s spokesman Jesus Ramirez Cuevas said that Mexico’s government asked for an end",
                " said", "Jesus Ramirez Cuevas");
        assertTrue(subject.roles().contains("spokesman"));
    }

    /**
     * am.com.mx, on a Hidalgo deputy's tweets: two capitalised words after a role's one-word link are what the
     * role is a role of, also when a word that is no name follows them ("le dijo"); a name that goes on after
     * its particle is still a name (pupia.tv: "il sindaco di Napoli Luigi de Magistris").
     */
    @Test
    void twoCapitalisedWordsAfterARolesLinkAreItsComplementWhateverFollows() {
        String text = "Los comentarios continuaron, pues la diputada de Nueva Alianza le dijo: “Mi querido Canek";
        Subject mention = PARSER.interpret(text, view(text).tokens(text.indexOf("diputada"), text.indexOf(" dijo")));
        assertFalse(mention.isPerson());
        assertTrue(mention.roles().contains("diputada"));
        ReportingCues italianCues = ReportingCues.load(Dictionaries.load(Optional.empty()), List.of("it"));
        String italian = "Lo ha detto il sindaco di Napoli Luigi de Magistris, intervenuto nella seduta";
        Subject mayor = new SpeakerParser(italianCues).interpret(italian,
                italianCues.view(italian).tokens(italian.indexOf("sindaco"), italian.indexOf(",")));
        assertEquals("Luigi de Magistris", name(italian, mayor));
    }

    /** publico.es, on a tweet that wished for a pandemic: a discourse marker that opens a sentence is no name. */
    @Test
    void aDiscourseMarkerThatOpensASentenceNamesNobody() {
        String text = "En tono jocoso, esta persona dijo \"una pandemia\". Pues dicho y hecho.";
        ReportingCues.Cue dicho = CUES.find(view(text).tokens(text.indexOf("Pues"), text.length())).get(0);
        assertFalse(PARSER.before(view(text), text.indexOf("Pues"), dicho.start()).found());
    }

    /**
     * inkl.com, on footballers' social media gaffes: an account or a post is its owner's, named by a possessor
     * before the platform ("Foden's Twitter account wrote") or by a role's possessive ("the striker's Instagram
     * account posted"), which refers back to the person with that role.
     */
    @Test
    void anAccountSpeaksForItsOwner() {
        String named = "After Manchester City set up a mouth-watering Champions League final with PSG in 2020/21, "
                + "Foden's Twitter account wrote: \"@KMbappe are you ready?\"";
        Subject foden = before(named, " wrote");
        assertTrue(foden.isPerson());
        assertEquals("Foden", name(named, foden));
        String role = "In a post clearly meant for management team, the striker's Instagram account posted a picture";
        Subject striker = before(role, " posted");
        assertEquals(Subject.Kind.ANAPHORIC, striker.kind());
        assertEquals(Set.of("striker"), striker.roles());
    }

    /**
     * kvue.com, on Sen. Cornyn's tweets, and expresocampeche.com, on a state congress's account: a text whose
     * author is named after it ("tweet from Cornyn", "la cuenta oficial de Twitter del Congreso del Estado")
     * speaks as its author, the platform it is on aside.
     */
    @Test
    void aTextSpeaksForTheAuthorNamedAfterIt() {
        assertNamedBefore("A follow-up tweet from Cornyn read: \"Invites the question: is he really in charge?\"", " read", "Cornyn");
        assertNamedBefore("Sin embargo, segundos después la cuenta oficial de Twitter del Congreso del Estado expresó algo "
                + "totalmente diferente", " expresó", "Congreso del Estado");
    }

    /**
     * nairobinews.nation.co.ke and thenewsguru.com: "of" goes on with a body's name ("The Ministry of Agriculture")
     * but not with a person's ("Senator Adamu Aliero of Kebbi state": where he comes from).
     */
    @Test
    void ofJoinsABodysNameNotAPersons() {
        assertNamedBefore("The Ministry of Agriculture further indicated that the necessary security measures had been instigated",
                " further indicated", "Ministry of Agriculture");
        String senator = "Senator Adamu Aliero of Kebbi state did not mince words when journalists approached him to comment "
                + "on the controversial tweet, he said:";
        Subject aliero = PARSER.interpret(senator, view(senator).tokens(0, senator.indexOf(" state")));
        assertEquals(Subject.Kind.NAMED, aliero.kind());
        assertEquals("Adamu Aliero", name(senator, aliero));
    }

    /**
     * thelatest.co.uk, on a councillor's tweet: a committee named in what completes a text ("A report to the
     * … Committee") does not speak; a report with an indefinite article is no one's the text has named.
     */
    @Test
    void aNameThatCompletesATextIsNotItsSpeaker() {
        String text = "A report to the council’s Audit and Standards Committee, which meets next Tuesday, said: “An elected";
        assertUnnamedBefore(text, " said");
    }

    /**
     * europapress.es and latercera.com: an adjective between the article and the role keeps the description
     * definite ("La primera edil ha añadido"), and a member of a staff is someone the text named before ("El
     * integrante del cuerpo técnico de Claudio Borghi aseguró"): both refer back, neither is someone unnamed.
     */
    @Test
    void aDefiniteRoleWithAnAdjectiveOrAComplementRefersBack() {
        String mayor = "La primera edil ha añadido después en otro apunte en Twitter que \"sólo con humor";
        assertTrue(assertRefersBackBefore(mayor, " ha añadido").roles().contains("edil"));
        String staff = "El integrante del cuerpo técnico de Claudio Borghi aseguró que \"el equipo tuvo esfuerzo";
        assertTrue(assertRefersBackBefore(staff, " aseguró").roles().contains("integrante"));
        // carasycaretas.com.uy, on Nayib Bukele: an adjective right after the role, and a complement that is a
        // name with its own article, still leave the role the subject
        String adjective = "A su vez, el mandatario salvadoreño consideró que los hondureños esperan que el actual Gobierno \"haga algo";
        assertTrue(assertRefersBackBefore(adjective, " consideró").roles().contains("presidente"));
        String complement = "En respuesta, el mandatario de El Salvador replicó: \"Escuchar al nuevo Ministro de Seguridad";
        assertEquals(Set.of("presidente", "of:salvador"), assertRefersBackBefore(complement, " replicó").roles());
    }

    /**
     * rosarioplus.com, on a homicide: between a verb and the subject after it may stand the ones the words were
     * said before, a preposition and a few lower-case words ("sostuvo ante la prensa el fiscal").
     */
    @Test
    void theOnesSpokenBeforeStandBetweenTheVerbAndItsSubject() {
        String text = "Estamos levantando rastros que presumimos pueden llegara ser estupefacientes\", sostuvo ante la prensa el fiscal.";
        int verbEnd = text.indexOf("sostuvo") + "sostuvo".length();
        Subject prosecutor = PARSER.afterAddressee(view(text), verbEnd, text.length());
        assertEquals(Subject.Kind.ANAPHORIC, prosecutor.kind());
        assertTrue(prosecutor.roles().contains("fiscal"));
    }

    /**
     * ghanaguardian.com and ndtv.com: the capitalised words before a role say what it is a role of, on the person
     * introduced so ("Information Minister Kojo Oppong Nkrumah") and on the description that refers back ("The
     * Information Minister explained", "The Nagaland minister tweeted"), so that one minister is told from another.
     */
    @Test
    void theWordsBeforeARoleSayWhatItIsARoleOf() {
        String named = "Information Minister Kojo Oppong Nkrumah";
        Subject minister = PARSER.interpret(named, view(named).tokens(0, named.length()));
        assertEquals("Kojo Oppong Nkrumah", name(named, minister));
        assertTrue(minister.roles().containsAll(Set.of("minister", "of:information")));
        // as the article writes it, the name in apposition after the article's role
        String apposed = "The Information Minister, Kojo Oppong Nkrumah";
        Subject apposition = PARSER.interpret(apposed, view(apposed).tokens(0, apposed.length()));
        assertEquals("Kojo Oppong Nkrumah", name(apposed, apposition));
        assertEquals(Set.of("minister", "of:information"), apposition.roles());
        String text = "The Information Minister explained that “they have been in the country for the past week";
        Subject referring = before(text, " explained");
        assertEquals(Subject.Kind.ANAPHORIC, referring.kind());
        assertTrue(referring.roles().containsAll(Set.of("minister", "of:information")));
    }

    /**
     * lanoticia1.com, on a mayor's patrol: someone the story meets without naming is nobody named, with any
     * article ("respondió el muchacho"), not the last person the article named.
     */
    @Test
    void aPasserByNamesNobody() {
        String text = "\"Estamos acá porque es mi cumpleaños\", respondió el muchacho. A lo que el alcalde contestó";
        int verbEnd = text.indexOf("respondió") + "respondió".length();
        assertEquals(Subject.Kind.UNNAMED, PARSER.after(view(text), verbEnd, text.indexOf(". A lo"), true).kind());
    }

    /** europapress.es, on Ada Colau's holiday joke: the role's complement ends with a place, the person follows. */
    @Test
    void aPlaceThatEndsARolesComplementIsNotTheSpeakerTheApposedNameIs() {
        String text = "La candidata del PDeCAT a las municipales en Barcelona, Neus Munté, ha señalado en otro apunte que";
        Subject subject = before(text, "ha señalado");
        assertEquals(Subject.Kind.NAMED, subject.kind());
        assertEquals("Neus Munté", name(text, subject));
        assertTrue(subject.roles().contains("candidata"));
    }

    @Test
    void aTitleBeforeTheNameIsNotPartOfIt() {
        String text = "Mexican President Andres Manuel Lopez Obrador (AMLO) offered asylum";
        Subject subject = PARSER.interpret(text, tokens(text, text.indexOf(" (")));
        assertEquals("Andres Manuel Lopez Obrador", name(text, subject));
    }

    @Test
    void anOrganisationCanSpeak() {
        String text = "The announcement came soon after a U.K. judge refused an extradition request by the U.S. "
                + "government, the AP reported.";
        Subject subject = PARSER.before(view(text), 0, text.indexOf(" reported") + 1);
        assertEquals("AP", name(text, subject));
        assertTrue(subject.organisation());
    }

    @Test
    void aRoleWithoutANameNamesNobody() {
        String text = "Mexico successfully pressured the U.S. Department of Justice into releasing a former secretary "
                + "of defense who was charged in a U.S. court";
        int from = text.indexOf("releasing") + "releasing".length();
        Subject subject = PARSER.after(view(text), from, text.length(), false);
        assertEquals(Subject.Kind.UNNAMED, subject.kind());
        assertTrue(subject.roles().contains("secretary of defense"));
    }

    @Test
    void cuePhrasesNameTheSpeakerAfterThem() {
        // sopitas.com/noticias/amlo-julian-assange-extradicion-asilo-politico/
        String spanish = "De acuerdo con López Obrador, México daría asilo a Julian Assange como muestra de solidaridad";
        ReportingCues.Cue deAcuerdo = CUES.find(CUES.view(spanish).tokens(0, spanish.length())).get(0);
        assertTrue(deAcuerdo.phrase());
        assertEquals("López Obrador", name(spanish, PARSER.after(view(spanish), deAcuerdo.end(), spanish.length(), true)));
        // steemit.moecki.online/news/@johnvibes/uk-judge-refuses-to-extradite-wikileaks-founder-julian-assange-to-the-us
        String english = "it would be oppressive to extradite him to the United States of America,” the judge said, "
                + "according to the Associated Press.";
        List<ReportingCues.Cue> found = CUES.find(CUES.view(english).tokens(english.indexOf("”"), english.length()));
        ReportingCues.Cue accordingTo = found.get(found.size() - 1);
        assertEquals("according to", english.substring(accordingTo.start(), accordingTo.end()));
        assertEquals("Associated Press", name(english, PARSER.after(view(english), accordingTo.end(), english.length(), false)));
    }

    @Test
    void theTimeBetweenTheVerbAndTheSpeakerIsSkipped() {
        // noroeste.com.mx, "Tengo las riendas del poder en las manos, dice AMLO en su primera conferencia como presidente"
        String text = "\", dijo este lunes el presidente Andrés Manuel López Obrador, durante su primer conferencia";
        int from = text.indexOf("dijo") + "dijo".length();
        assertEquals("Andrés Manuel López Obrador", name(text, PARSER.after(view(text), from, text.length(), false)));
    }

    @Test
    void theSpeakerStandsBeforeARelativeClause() {
        // thetech.com/2008/09/05/long2-v128-n36
        String text = "Abramoff, who came to symbolize an out-of-control, even brazen style of courting government "
                + "officials, told Huvelle he had since realized";
        Subject subject = before(text, " told");
        assertEquals("Abramoff", name(text, subject));
    }

    @Test
    void aRoleWithALowerCaseComplementRefersBack() {
        // realidad7.com/noticias/claudia-sheinbaum-es-referente-de-buen-gobierno-en-todo-el-pais-presume-citllali-hernandez
        String text = "Desde sus redes sociales, la líder del partido guinda aseguró que cumple años";
        Subject subject = before(text, " aseguró");
        assertEquals(Subject.Kind.ANAPHORIC, subject.kind());
        assertTrue(subject.roles().contains("líder"));
    }

    @Test
    void aDescriptionWithTheDefiniteArticleRefersBack() {
        // rollcall.com/2017/06/13/media-swarm-accompanies-sessions-testimony/
        String text = "in which the Oregon Democrat accused his former colleague";
        Subject subject = before(text, " accused");
        assertEquals(Subject.Kind.ANAPHORIC, subject.kind());
        assertTrue(subject.roles().contains("democrat"));
    }

    @Test
    void theSubjectOfASentenceFollowsItsOpeningAdverbial() {
        // tvazteca.com/aztecanoticias/amlo-propone-nueva-seccion-conferencia-mananera-no-lo-digo-yo
        String text = "Durante la conferencia de prensa mañanera de este miércoles 19 de julio, el presidente Andrés "
                + "Manuel López Obrador (AMLO) amagó con hacer de su mañanera una especie de noticiero";
        assertEquals("Andrés Manuel López Obrador", name(text, subject(text, 0)));
    }

    @Test
    void aCapitalisedWordOpeningASentenceIsNoSubjectUnlessItIsAName() {
        // thetech.com/2008/09/05/long2-v128-n36 and realidad7.com (as above)
        String wearing = "Wearing a worn brown T-shirt, pants with an elastic waistband and a Jewish skullcap, he apologized";
        assertEquals(Subject.Kind.NONE, subject(wearing, 0).kind());
        String enseguida = "Enseguida aplaudió sus acciones como gobernante y sostuvo que ahora que es jefa de Gobierno";
        assertEquals(Subject.Kind.NONE, subject(enseguida, 0).kind());
        // basketballghana.com/2017/09/23/kerr-says-no-issue-with-durant-twitter-mishap
        String durant = "former Thunder forward Kevin Durant. Durant has since apologized.";
        int at = durant.indexOf("Durant has");
        assertEquals("Durant", name(durant, subject(durant, at)));
    }

    /** radiolacalle.com, on Ramiro Aguilar: the impersonal "Cabe" that opens a sentence names nobody. */
    @Test
    void anImpersonalVerbOpeningTheSentenceIsNoSubject() {
        assertEquals(Subject.Kind.NONE, before("Cabe destaca que el Estado ecuatoriano paga la seguridad en las viviendas de ambos "
                + "procesados.", " destaca").kind());
    }

    /** radiohrn.hn, on Manuel Zelaya's answer: an adverb whose capital opens the clause is no name before its verb. */
    @Test
    void anAdverbOpeningTheClauseIsNoSubject() {
        assertEquals(Subject.Kind.NONE, before("Textualmente dijo \"Él ha sumido la dirección de este país\".", " dijo").kind());
        // a name of the adverbs' ending but shorter than such an adverb is still a name
        assertNamedBefore("Clemente dijo que no vendrá.", " dijo", "Clemente");
    }

    /** bild.de and schleissheimer-zeitung.de: a capitalised noun after a number is a noun, and the two name nobody. */
    @Test
    void aNumberAndTheNounAfterItNameNobody() {
        String injured = "Drei Menschen wurden schwer verletzt, ein 39-Jähriger schwebt in Lebensgefahr";
        assertEquals(Subject.Kind.NONE, GERMAN_PARSER.before(GERMAN.view(injured), 0, injured.indexOf(" wurden")).kind());
        String budget = "Sieben Prozent mehr Masse im Etat und keiner wundert sich?";
        assertEquals(Subject.Kind.NONE, subject(GERMAN_PARSER, GERMAN, budget).kind());
    }

    /**
     * aichacher-zeitung.de and neue.at: where the verb stands second, "er" right after it is its subject (no object
     * takes that form), whatever opens the clause: a name there is the object or what the words are about.
     */
    @Test
    void aNominativePronounAfterTheVerbIsTheSubject() {
        String asked = "Die Nebenklagevertreterin Marion Zech fragte er fortwährend, wer sie";
        assertEquals(Subject.Kind.PRONOUN, subject(GERMAN_PARSER, GERMAN, asked).kind());
        String added = "Mit Blick auf den eigentlichen Klubobmann Markus Klien fügte er hinzu:";
        assertEquals(Subject.Kind.PRONOUN, subject(GERMAN_PARSER, GERMAN, added).kind());
        String flat = "Lapidar meinte er:";
        assertEquals(Subject.Kind.PRONOUN, subject(GERMAN_PARSER, GERMAN, flat).kind());
    }

    /** arynews.tv, on Murad Saeed's tweet: a capitalised role with its complement after it is no part of the name. */
    @Test
    void aCapitalisedRoleBeforeItsComplementIsARole() {
        String text = "ISLAMABAD: Federal Minister for Communications Murad Saeed took to Twitter on Sunday to take a potshot";
        int at = text.indexOf("Federal");
        Subject subject = subject(text, at);
        assertEquals("Murad Saeed", name(text, subject));
        assertTrue(subject.roles().contains("minister"), subject.roles().toString());
    }

    /**
     * tuttoavellino.it and latestly.com: a role in lower case whose own complement closes the phrase follows the
     * name ("Guglielmo Bacci tecnico dell’Anzio"); one whose complement goes on to a name was qualified by the
     * capitalised words before it ("West Bengal leader of Opposition … Suvendu Adhikari").
     */
    @Test
    void aLowerCaseRoleWithItsOwnComplementFollowsTheName() {
        String italian = "“Le motivazioni non sono mai massimali – ammette Guglielmo Bacci tecnico dell’Anzio – Abbiamo complicato un po’ la vita all’Avellino.”";
        int from = italian.indexOf(" Guglielmo");
        Subject bacci = ITALIAN_PARSER.after(ITALIAN.view(italian), from, italian.indexOf(" – Abbiamo"), true);
        assertEquals("Guglielmo Bacci", name(italian, bacci));
        String english = "West Bengal leader of Opposition and BJP MLA Suvendu Adhikari on Sunday called Chief Minister Mamata Banerjee's emotional tweet";
        Subject adhikari = subject(english, 0);
        assertTrue(adhikari.name() == null || !name(english, adhikari).startsWith("West Bengal"), adhikari.kind() + " " + adhikari.roles());
    }

    /** kn-online.de: a name in the genitive after an indefinite role says whom that unnamed one speaks for. */
    @Test
    void aGenitiveNameAfterAnIndefiniteRoleNamesNobody() {
        String text = "„Die Resonanz war mit 1200 Besuchern geringer als im vergangenen Jahr“, sagt ein Sprecher Albigs.";
        int from = text.indexOf(" ein Sprecher");
        Subject spokesman = GERMAN_PARSER.after(GERMAN.view(text), from, text.length() - 1, true);
        assertEquals(Subject.Kind.UNNAMED, spokesman.kind());
        assertTrue(spokesman.roles().contains(Subject.complementKey("albigs")), spokesman.roles().toString());
    }

    /**
     * kicker.de, on a cup tie: a name in the genitive before a role ("Regensburgs Schlussmann") is what the role is
     * a role of, and determines it as an article would: a role referring back, not a person named so; the place without
     * its genitive "s" is what a "Torhüter von Regensburg" was introduced with.
     */
    @Test
    void aGenitiveNameBeforeARoleIsWhatItIsARoleOf() {
        String text = "Regensburgs Schlussmann schilderte die entscheidende Szene";
        Subject keeper = GERMAN_PARSER.interpret(text, GERMAN.view(text).tokens(0, text.indexOf(" schilderte")));
        assertEquals(Subject.Kind.ANAPHORIC, keeper.kind());
        assertEquals(Set.of("torhüter", Subject.complementKey("regensburgs"), Subject.complementKey("regensburg")), keeper.roles());
    }

    /**
     * dakaractu.com, on Sidiki Kaba: a complement's lower-case adjective ("des Affaires étrangères") does not end
     * the role, whose next complement ("du Sénégal") is what it is a role of, not the speaker's name.
     */
    @Test
    void aComplementsAdjectiveDoesNotEndTheRole() {
        String text = "Le ministre des Affaires étrangères du Sénégal dira un peu plus tôt que la diplomatie Sénégalaise se porte bien.";
        Subject minister = FRENCH_PARSER.before(FRENCH.view(text), 0, text.indexOf(" dira") + 1);
        assertEquals(Subject.Kind.ANAPHORIC, minister.kind());
        assertTrue(minister.roles().containsAll(Set.of("ministre", Subject.complementKey("affaires"), Subject.complementKey("sénégal"))),
                minister.roles().toString());
    }

    /**
     * footnews.be, on Philippe Clement: a nationality adjective between the role and its complement keeps the role
     * the subject, and an acronym that three capitalised words follow opens the club's name ("AS Monaco"), not the
     * whole complement, so the last two words are the coach's.
     */
    @Test
    void anAdjectiveBeforeARolesComplementAndAClubsAcronymLeaveTheNameAfterThem() {
        String text = "L'entraîneur belge de l'AS Monaco Philippe Clement, 48 ans, a regretté le manque d'efficacité de ses joueurs";
        Subject coach = FRENCH_PARSER.subject(text, FRENCH.view(text).tokens(0, text.indexOf(" le manque")), new CapitalisedWords(text));
        assertEquals("Philippe Clement", name(text, coach));
        assertTrue(coach.roles().containsAll(Set.of(Spelling.key("entraîneur"), Subject.complementKey("monaco"))), coach.roles().toString());
    }

    /**
     * diarionuevosolperu.com and confidencialnoticias.com: a full name in apposition after a single capitalised
     * word names the person, whether the word followed a role ("El nuevo alcalde Lima, Rafael López Aliaga,") or
     * ended an adverbial before it ("por la localidad de Usaquén, la alcaldesa Claudia López, arremetió").
     */
    @Test
    void aFullNameInAppositionAfterOneCapitalisedWordIsTheSpeaker() {
        String mayor = "El nuevo alcalde Lima, Rafael López Aliaga, brindó unos minutos de su discurso, para dirigirse nuevamente al mandatario";
        Subject lopez = subject(mayor, 0);
        assertEquals("Rafael López Aliaga", name(mayor, lopez));
        assertTrue(lopez.roles().contains("alcalde"), lopez.roles().toString());
        String tour = "Durante un recorrido que hizo por la localidad de Usaquén, la alcaldesa Claudia López, arremetió contra los concejales";
        Subject claudia = before(tour, " arremetió");
        assertEquals("Claudia López", name(tour, claudia));
    }

    /** americanfaith.com: a possessive inside an organisation's name keeps the name whole. */
    @Test
    void aPossessiveInsideAnOrganisationsNameIsPartOfIt() {
        String text = "According to the Shelby County Sheriff’s Office, Bart posted photos and messages on his social media accounts";
        int from = text.indexOf(" the Shelby");
        assertEquals("Shelby County Sheriff’s Office", name(text, PARSER.after(view(text), from, text.indexOf(","), false)));
    }

    /** elespectador.com, on Iván Marulanda's tweet: an aside after the name does not make it an apposition. */
    @Test
    void aNameAfterAnOpeningClauseIsTheSubjectThoughAnAsideFollowsIt() {
        String text = "Luego de que los jóvenes en redes apoyaran su candidatura a la Presidencia en Senado en julio de 2020 "
                + "y también fueran parte de su electorado, Iván Marulanda, sin medir palabras, se fue en contra de ellos.";
        Subject subject = subject(text, 0);
        assertEquals(Subject.Kind.NAMED, subject.kind());
        assertEquals("Iván Marulanda", name(text, subject));
    }

    /** torontosun.com, on John Parker's tweet: a role before a relative clause refers back; the clause's own subject is not the sentence's. */
    @Test
    void aRoleBeforeARelativeClauseIsTheSubjectAndTheClausesNameIsNot() {
        String text = "The Don Valley West representative, who maintains a light tone on Twitter, said on Monday that he had no plans";
        Subject role = before(text, " said");
        assertEquals(Subject.Kind.ANAPHORIC, role.kind());
        assertTrue(role.roles().contains("representative"));
        String deleted = "The tweet, which Mayor Rob Ford called inappropriate, was later deleted.";
        assertEquals(Subject.Kind.NONE, subject(deleted, 0).kind());
        String meeting = "En su encuentro con el Rey, que duró cerca de una hora, Sánchez abordó temas cruciales.";
        assertEquals("Sánchez", name(meeting, subject(meeting, 0)));
    }

    /** democrata.es, on Pedro Sánchez at the Zarzuela: "la cual" is a relative pronoun, not an article and a role. */
    @Test
    void laCualIsARelativePronounNotARole() {
        String text = "Sánchez abordó temas cruciales, comenzando por la situación económica, la cual considera";
        Subject subject = before(text, "considera");
        assertFalse(subject.roles().contains("cual"), subject.toString());
    }

    /**
     * oberainside.com.ar, on Canelo Álvarez and Messi's shirt: a nickname in quotation marks inside a name,
     * with its article, is skipped by a reader, before the verb and after it.
     */
    @Test
    void aNicknameInQuotationMarksIsNoPartOfTheName() {
        String before = "El boxeador mexicano Saúl ‘Canelo’ Álvarez desató una polémica";
        assertEquals("Saúl ‘Canelo’ Álvarez", name(before, before(before, " desató")));
        assertEquals("Saúl Álvarez", Speaker.at(before, before(before, " desató").name(), Set.of()).name());
        String after = "“¿Vieron a Messi limpiando el piso?”, preguntó el ‘Canelo’ Álvarez a sus seguidores en Twitter.";
        int verb = after.indexOf("preguntó") + "preguntó".length();
        Subject subject = PARSER.after(view(after), verb, after.length(), false);
        assertEquals(Subject.Kind.NAMED, subject.kind());
        assertEquals("Álvarez", Speaker.at(after, subject.name(), Set.of()).name());
    }

    /**
     * kleinezeitung.at, on Peter Kaiser and Sebastian Kurz: where the verb stands second, a first part that
     * opens with a preposition is no subject, though German capitalises its noun ("Worten").
     */
    @Test
    void aGermanFirstPartThatOpensWithAPrepositionIsNoSubject() {
        String text = "Mit ungewohnt scharfen Worten kritisierte der Kärntner Landeshauptmann und SPÖ-Chef Peter Kaiser das Vorgehen";
        assertEquals(Subject.Kind.NONE, GERMAN_PARSER.before(GERMAN.view(text), 0, text.indexOf("kritisierte")).kind());
        String named = "Der Landeshauptmann Peter Kaiser kritisierte das Vorgehen";
        assertEquals("Peter Kaiser", name(named, GERMAN_PARSER.before(GERMAN.view(named), 0, named.indexOf("kritisierte"))));
    }

    /**
     * lemanbleu.ch, on Mauro Poggia: French writes a party's initials right after a role; they are what the
     * role is a role of, and a name may still follow them.
     */
    @Test
    void aPartysInitialsAfterARoleAreNoName() {
        ReportingCues french = ReportingCues.load(Dictionaries.load(Optional.empty()), List.of("fr"));
        SpeakerParser parser = new SpeakerParser(french);
        String text = "«Des décisions importantes pourraient émaner de la séance de demain matin», confirme le ministre MCG.";
        int verb = text.indexOf("confirme") + "confirme".length();
        Subject subject = parser.after(french.view(text), verb, text.length(), false);
        assertEquals(Subject.Kind.ANAPHORIC, subject.kind(), subject.toString());
        String named = "La députée LR Valérie Boyer a déclaré";
        assertEquals("Valérie Boyer", name(named, parser.before(french.view(named), 0, named.indexOf(" a déclaré"))));
    }

    /** The subject of the reporting clause of {@code text} that ends where {@code cue} is first written. */
    private static Subject before(String text, String cue) {
        return PARSER.before(view(text), 0, text.indexOf(cue));
    }

    /**
     * desdepuebla.com, studiofutbol.com.ec and banouto.bj: a role, its complement, a comma and the name, whose
     * closing comma the writer left out before the verb, opens the sentence, or follows an opening adverbial's comma.
     */
    @Test
    void aRoleThenItsNameWithoutTheClosingCommaIsTheSubject() {
        String atlixco = "La diputada local representante de el distrito de Atlixco, Guadalupe Muciño Muñoz se congratuló por el "
                + "primer año de actividades de el gobernador Luis Miguel Barbosa Huerta.";
        Subject diputada = subject(atlixco, 0);
        assertEquals("Guadalupe Muciño Muñoz", name(atlixco, diputada));
        assertTrue(diputada.roles().contains("diputada"));
        String quito = "El entrenador del club América de Quito, Luis Espinel habló con los medios de comunicación luego de la derrota.";
        assertEquals("Luis Espinel", name(quito, subject(quito, 0)));
        String parakou = "Dans un communiqué, le procureur près le tribunal de Parakou, Alain Raoul Agboton a informé, le 27 "
                + "novembre 2024, de l’interpellation de 11 policiers.";
        Subject procureur = subject(FRENCH_ONLY_PARSER, FRENCH_ONLY, parakou);
        assertEquals("Alain Raoul Agboton", name(parakou, procureur));
        assertTrue(procureur.roles().contains("procureur"));
        // a name that a relative clause follows is no subject of the sentence's verb
        String relative = "El entrenador del club América de Quito, Luis Espinel que habló con los medios, no dijo nada.";
        Subject beforeRelative = subject(relative, 0);
        assertFalse(beforeRelative.kind() == Subject.Kind.NAMED && "Luis Espinel".equals(name(relative, beforeRelative)));
    }

    /** archivo.diariojunio.com.ar: an adjective after a role is kept as what tells this holder of the role from another. */
    @Test
    void anAdjectiveAfterTheRoleTellsOneHolderFromAnother() {
        Subject coordinador = assertRefersBackBefore("El fiscal coordinador señaló que se recolectó pruebas", " señaló");
        assertTrue(coordinador.roles().contains("fiscal"));
        assertTrue(coordinador.roles().contains(Subject.complementKey("coordinador")));
        assertFalse(assertRefersBackBefore("El fiscal señaló que se recolectó pruebas", " señaló").roles()
                .contains(Subject.complementKey("coordinador")));
    }

    /** onthewight.com: a pronoun with an auxiliary contracted onto it ("She’d said,") is that pronoun, no name. */
    @Test
    void aPronounWithAContractedAuxiliaryIsThePronoun() {
        String text = "She’d said, before the vote";
        assertEquals(Subject.Kind.PRONOUN, subject(text, 0).kind());
        String name = "Tip O’Neill said, before the vote";
        assertEquals(Subject.Kind.NAMED, subject(name, 0).kind());
    }

    /** The subject a whole sentence opens with, read with another language's words. */
    private static Subject subject(SpeakerParser parser, ReportingCues cues, String text) {
        return parser.subject(text, cues.view(text).tokens(0, text.length()), new CapitalisedWords(text));
    }

    private static Subject subject(String text, int from) {
        List<Token> sentence = view(text).tokens(from, text.length());
        return PARSER.subject(text, sentence, new CapitalisedWords(text));
    }

    private static List<Token> tokens(String text, int to) {
        return view(text).tokens(0, to);
    }

    /**
     * luccaindiretta.it: "i residenti di piazza san Francesco" names a square after a saint, its title in lower case, and
     * no one called Francesco; the residents, whom the text does not name, speak.
     */
    @Test
    void aCapitalAfterASaintsTitleInLowerCaseIsAPlace() {
        String text = "Poca pace e notti insonni per i residenti di piazza san Francesco";
        Subject residents = ITALIAN_PARSER.interpret(text, ITALIAN.view(text).tokens(text.indexOf("i residenti"), text.length()));
        assertFalse(residents.isPerson());
        assertNull(residents.name());
        Annotation annotation = Annotators.annotateInAllLanguages("luccaindiretta", String.join("\n\n",
                "I residenti esasperati dalla musica",
                "I problemi dei residenti di piazza san Francesco vanno anche oltre la mezzanotte. “Anche dopo la mezzanotte molte persone rimangono fuori a chiacchierare ed urlare”."));
        assertEquals("Anche dopo la mezzanotte molte persone rimangono fuori a chiacchierare ed urlare", annotation.quotes().get(0).text());
        assertNull(annotation.quotes().get(0).attribution());
    }

    /**
     * hexham-courant.co.uk: "Councillors in Prudhoe" and "the mayor in Prudhoe" hold their roles in a place, which no one
     * speaks as; the councillor named after "by" is the one a later "He said" means.
     */
    @Test
    void aPlaceAfterARolesPrepositionIsNoName() {
        String councillors = "Councillors in Prudhoe this week called for public notices to be published in the Hexham Courant.";
        assertFalse(subject(councillors, 0).isPerson());
        Subject mayor = PARSER.interpret("The mayor in Prudhoe", view("The mayor in Prudhoe").tokens(0, "The mayor in Prudhoe".length()));
        assertEquals(Subject.Kind.ANAPHORIC, mayor.kind());
        assertTrue(mayor.roles().contains("mayor"), mayor.roles().toString());
        Annotation annotation = Annotators.annotate(String.join("\n\n", "Prudhoe calls for notices", councillors,
                "The move was suggested at Wednesday night’s meeting of Prudhoe Town Council by Coun. George McCreedy.",
                "He said: “I wish we were treated the same as the rest of the county.”"));
        assertEquals("George McCreedy", annotation.quotes().get(0).attribution().name());
        assertEquals("I wish we were treated the same as the rest of the county.", annotation.quotes().get(0).text());
    }

    /**
     * haitinews2000.net and togosport24.tg: French writes "entraineur" as well as "entraîneur" since the spelling of 1990,
     * and both are the role.
     */
    @Test
    void aRoleWithoutItsCircumflexIsTheRole() {
        String text = "« Cette défaite va nous servir », a affirmé l’entraineur du violette AC, Gérard Beauvais, au micro de Haitinews2000.";
        Subject coach = FRENCH_PARSER.after(FRENCH.view(text), text.indexOf("affirmé") + "affirmé".length(), text.length(), true);
        assertEquals(Subject.Kind.NAMED, coach.kind());
        assertEquals("Gérard Beauvais", name(text, coach));
        assertTrue(coach.roles().contains(Spelling.key("entraîneur")));
    }

    /**
     * ouestinfo.bf, after a Burkinabè league match: a role after its article right after a full name, the apposition's
     * commas left out, is that person's; the name alone is no such name.
     */
    @Test
    void aRoleRightAfterAFullNameIsThatPersons() {
        String text = "Oscar Barro l’entraîneur de fonctionnaires pour sa part était déjà averti : « je savais ce match difficile »";
        Subject coach = FRENCH_PARSER.before(FRENCH.view(text), 0, text.indexOf(" était"));
        assertEquals(Subject.Kind.NAMED, coach.kind());
        assertEquals("Oscar Barro", name(text, coach));
        String place = "Marchena La alcaldesa de Marchena acusa a los vecinos";
        assertEquals(Subject.Kind.ANAPHORIC, PARSER.before(view(place), 0, place.indexOf(" acusa")).kind());
    }

    /**
     * elobservador.com.uy and imagenpoblana.com: a name before a comma that stands alone before the verb is its subject only
     * where the name opens the clause; one that a verb or a preposition takes leaves the subject out.
     */
    @Test
    void aNameThatAVerbTakesBeforeALoneCommaIsNoSubject() {
        String object = "Sobre Gastón Silva, que jugó como lateral izquierdo y mostró dificultades cuando lo encaró Enzo Cabrera, dijo:";
        assertFalse(before(object, " dijo").found());
        String account = "En su cuenta @xochitlgalvez, escribió:";
        assertFalse(before(account, " escribió").found());
        assertNamedBefore("At the meeting Cllr Thomas, said:", " said", "Thomas");
    }

    /**
     * providencejournal.com: an indefinite article, capitalised words and a noun that is no role is someone the text does
     * not name, the capitalised words saying where from; with a name after its noun it is that person.
     */
    @Test
    void someoneFromAPlaceIsNobodyNamed() {
        assertUnnamedBefore("An East Providence woman said comments like the one Todd made", " said");
        assertUnnamedBefore("A Manchester United fan wrote", " wrote");
        assertNamedBefore("A Manchester United fan, Peter Smith, wrote", " wrote", "Peter Smith");
    }

    /**
     * knonline.de: "ein Sprecher Albigs" is Albig's spokesman, no one named; an indefinite article stands for a noun only
     * before the comma of a name in apposition ("said another, Mmaipeleng Kale").
     */
    @Test
    void anIndefiniteArticleAloneBeforeAGenitiveNamesNobody() {
        String text = "„Die Resonanz war geringer“, sagt ein Sprecher Albigs.";
        Subject spokesman = GERMAN_PARSER.after(GERMAN.view(text), text.indexOf("sagt") + 4, text.length(), true);
        assertFalse(spokesman.isPerson() && "Albigs".equals(name(text, spokesman)), spokesman.toString());
    }

    /**
     * sankofaonline.com: a name, a comma and a role after an adjective, the closing comma left out before the verb: the
     * name is the subject.
     */
    @Test
    void anAdjectiveBeforeAnUnclosedAppositionsRole() {
        assertNamedBefore("” Torgbui Koku Ahiem IV, a paramount chief of the area said.", " said", "Torgbui Koku Ahiem IV");
    }

    /**
     * monumental.com.py: "entrenador de una Bolivia que clasificó": an indefinite article before the role's complement
     * makes no organisation of the name after it; the role and its complement are whom the apposition describes.
     */
    @Test
    void anIndefiniteArticleInARolesComplementMakesNoOrganisation() {
        String role = "entrenador de una Bolivia";
        Subject coach = PARSER.interpret(role, view(role).tokens(0, role.length()));
        assertEquals(Subject.Kind.UNNAMED, coach.kind(), coach.toString());
        assertEquals(Set.of("entrenador", Subject.complementKey("bolivia")), coach.roles());
        String body = "el portavoz de la Presidencia";
        Subject spokesman = PARSER.interpret(body, view(body).tokens(0, body.length()));
        assertEquals("Presidencia", name(body, spokesman));
    }

    /**
     * wiwsport.com: a conjunction that opens a clause ("Puisque", "Porque", "Nachdem") is no part of the name after it.
     */
    @Test
    void aConjunctionOpeningTheClauseIsNoPartOfTheName() {
        String text = "Puisque Mouhamed Diop avait ouvert le score à la 50ème mn pour DSC.";
        Subject scorer = FRENCH_PARSER.before(FRENCH.view(text), 0, text.indexOf(" avait"));
        assertEquals(Subject.Kind.NAMED, scorer.kind());
        assertEquals("Mouhamed Diop", name(text, scorer));
    }

    /**
     * nabalunews.com: "NAME from PLACE, PLACE said": the word after the comma goes on naming the place and the person
     * before it speaks; samaa.tv: a place after "in" that no person's name opens ends a clause, and the surname after the
     * comma speaks.
     */
    @Test
    void aPlaceAfterFromGoesOnPastItsComma() {
        assertNamedBefore("Athelia Cassandra Ignatius from Kampung Lakut, Papar said the floodwater that entered her house",
                " said", "Athelia Cassandra Ignatius");
        assertNamedBefore("Private hospitals have given 1,000 beds to government hospitals in Islamabad, Mirza said", " said", "Mirza");
    }

    /**
     * estrellaconcepcion.cl: an indefinite article and a noun before "de" and a place, then a relative clause, describe
     * someone the text does not name; the place is nobody's name.
     */
    @Test
    void someoneOfAPlaceBeforeARelativeClauseIsNobodyNamed() {
        String text = "Un pescador de Isla Mocha, quien no quiso dar su identidad por temor a represalias, señaló";
        assertUnnamedBefore(text, " señaló");
    }

    /**
     * swp.de: "mit der Mike Leibssle, Trainer des TV Neuhausen, am Ende haderte": a first name and a surname after an article
     * or a relative pronoun are a person, no organisation as "die SPÖ" is.
     */
    @Test
    void aFirstNameAndASurnameAfterAnArticleAreAPerson() {
        String text = "Es ist eine größere Kleinigkeit, mit der Mike Leibssle";
        List<Token> tokens = GERMAN.view(text).tokens(0, text.length());
        Subject coach = GERMAN_PARSER.endingAt(text, tokens, tokens.size() - 1);
        assertEquals(Subject.Kind.NAMED, coach.kind());
        assertEquals("Mike Leibssle", name(text, coach));
        assertFalse(coach.organisation());
    }

    /**
     * seridoense.com and ladiaria.com.uy: before an aside between commas, a name after a lower-case noun and its link
     * completes that noun ("zona rural de Caicó") and is not the verb's subject; the name after a body's noun and its link
     * is the body's ("la dirección de Cla Sienz").
     */
    @Test
    void aNameThatCompletesANounBeforeAnAsideIsNoSubject() {
        String students = "Estudantes da zona rural de Caicó, no Seridó potiguar, denunciaram";
        ReportingCues portuguese = ReportingCues.load(Dictionaries.load(Optional.empty()), List.of("pt", "en"));
        Subject subject = new SpeakerParser(portuguese).before(portuguese.view(students), 0, students.indexOf(" denunciaram"));
        assertFalse(subject.isPerson(), students);
        String management = "Allí, la dirección de Cla Sienz, representada por los abogados Javier Ferragut y Daniel German, confirmaron";
        assertEquals("Cla Sienz", name(management, before(management, " confirmaron")));
    }

    private static TokenView view(String text) {
        return CUES.view(text);
    }
}
