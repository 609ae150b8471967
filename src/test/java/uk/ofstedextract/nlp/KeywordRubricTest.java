package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.metadata.LocalAuthorities;
import uk.ofstedextract.text.AlignedText;
import uk.ofstedextract.text.Span;

/** The keyword rubric of docs/keywords.md and themes in context, one behaviour per test. */
class KeywordRubricTest {
    private static final KeywordTagger TAGGER = Extractor.keywordTagger(LocalAuthorities.load());
    private static final ThemeTagger THEMES = new ThemeTagger(Codebook.standard());

    private static List<String> keywords(String text) {
        return TAGGER.keywords(text).stream().map(KeywordTagger.Keyword::keyword).toList();
    }

    private static List<String> themes(String text) {
        return THEMES.tag(AlignedText.identity(text)).themes();
    }

    @Test
    void aClauseWithAVerbIsNoKeyword() {
        List<String> k = keywords("Some workers state that caseloads are too high. Social workers who met inspectors "
                + "said that they had influenced action taken by managers.");
        assertTrue(k.contains("caseload"), k.toString());
        assertTrue(k.stream().noneMatch(w -> w.contains("state") || w.contains("met") || w.contains("influenced")),
                k.toString());
    }

    @Test
    void aSubjectAndItsVerbAreNoPhrase() {
        // -s forms after a singular subject, base forms after a plural or "staff"/"data", by what follows them
        java.util.Map<String, String> verbs = java.util.Map.of(
                "The curriculum meets the needs of pupils with autism.", "meet",
                "The proprietor relies heavily on agency staff.", "rely",
                "The school tracks pupils' attendance.", "track",
                "Staff work extremely well together in the nursery.", "staff work",
                "The attendance data show that absence is low.", "show",
                "Direct work explores children's wishes and feelings.", "explore",
                "Support means that pupils can read.", "mean");
        verbs.forEach((text, verb) -> {
            List<String> k = keywords(text);
            assertTrue(k.stream().noneMatch(w -> w.endsWith(verb)), text + " " + k);
        });
        assertTrue(keywords("The attendance data show that absence is low.").contains("attendance data"));
        // a noun before a determiner-less object, a relative "that", a purpose "to" or an adverb and its verb
        assertTrue(keywords("Child protection enquiries appropriately reduce risk.").contains("child protection enquiry"));
        assertTrue(keywords("Foster carers to meet the needs of teenagers are few.").contains("foster carer"));
        assertTrue(keywords("This is confirmed through the safeguarding audits that agencies completed.")
                .contains("safeguarding audit"), keywords("This is confirmed through the safeguarding audits that agencies completed.").toString());
    }

    @Test
    void xOfYIsOneKeywordOnlyAsATermOfTheTrade() {
        List<String> k = keywords("The voice of the child is clear in assessments. Children on the edge of care are "
                + "helped. The number of children in care has risen and the quality of practice is good.");
        assertTrue(k.contains("voice of the child") && k.contains("edge of care"), k.toString());
        assertTrue(k.stream().noneMatch(w -> w.startsWith("number") || w.startsWith("quality")), k.toString());
        // the head of "X of Y" is X: its lemma is the normalised form
        assertTrue(keywords("Some children had a number of changes of social worker.").contains("change of social worker"));
    }

    @Test
    void aPrepositionIsNeverPartOfAPhrase() {
        List<String> k = keywords("Disadvantaged pupils were two terms behind other pupils in reading.");
        assertTrue(k.stream().noneMatch(w -> w.contains("behind")), k.toString());
    }

    @Test
    void bareGenericWordsAreNoKeywords() {
        List<String> k = keywords("The response was swift for the vast majority. The impact of early help is clear.");
        assertTrue(k.contains("early help"), k.toString());
        assertFalse(k.contains("response") || k.contains("vast majority") || k.contains("impact"), k.toString());
    }

    @Test
    void aGenericHeadWithOnlyAdjectivesIsNoKeywordUnlessATermOfTheTrade() {
        List<String> k = keywords("Drift was seen for an extended period. Leaders took proactive steps at an early "
                + "stage, and there is sustained improvement in early help.");
        assertTrue(k.contains("early help"), k.toString());
        assertTrue(k.stream().noneMatch(w -> w.endsWith("period") || w.endsWith("step") || w.endsWith("stage")
                || w.endsWith("improvement")), k.toString());
    }

    @Test
    void aSingleWordIsAKeywordOnlyAsATermOfTheTradeOrAnAbbreviation() {
        List<String> k = keywords("Staff spoke with enthusiasm about neglect. Compliance in the MASH is checked.");
        assertTrue(k.contains("neglect") && k.contains("MASH"), k.toString());
        assertFalse(k.contains("enthusiasm") || k.contains("compliance"), k.toString());
    }

    @Test
    void anAdjectiveThatIsPartOfATermOfTheTradeStays() {
        List<String> k = keywords("Children at risk of significant harm receive an initial assessment.");
        assertTrue(k.contains("significant harm") && k.contains("initial assessment"), k.toString());
        assertFalse(k.contains("harm") || k.contains("assessment"), k.toString());
    }

    @Test
    void aKeywordNeverStartsWithAConjunction() {
        List<String> k = keywords("Thoughtfully commissioned training and development opportunities are available.");
        assertTrue(k.stream().noneMatch(w -> w.startsWith("and ") || w.startsWith("or ")), k.toString());
    }

    @Test
    void authorityNamesAreNoKeywords() {
        List<String> k = keywords("Thresholds in Wolverhampton are well understood. The Wokingham housing service "
                + "works with Manchester City Council on homelessness.");
        assertTrue(k.contains("housing service"), k.toString());
        assertTrue(k.stream().noneMatch(w -> w.contains("wolverhampton") || w.contains("wokingham")
                || w.contains("manchester") || w.contains("city council")), k.toString());
    }

    @Test
    void theLongestAuthorityNameIsMatchedWhole() {
        // "Cheshire" (the county to 2009) and "Cheshire West and Chester" share a first word: the longer name wins,
        // so no tail of it ("chester local safeguarding children board") is left to become a keyword
        String text = "The Cheshire West and Chester Local Safeguarding Children Board has an independent chair. "
                + "The chair of the Cheshire West and Chester Local Safeguarding Children Board meets partners.";
        List<String> k = keywords(text);
        assertTrue(k.contains("independent chair"), k.toString());
        assertTrue(k.stream().noneMatch(w -> w.contains("chester")), k.toString());
        KeywordTagger onlyCounty = KeywordTagger.standard().withNames(List.of("Cheshire"));
        assertTrue(onlyCounty.keywords(text).stream().anyMatch(w -> w.keyword().contains("chester")),
                "the test text shows the tail when only the shorter name is known");
    }

    @Test
    void anAbbreviationDefinedInTheTextLinksBothForms() {
        String text = "The multi-agency safeguarding hub (MASH) screens contacts well. Staff in the MASH are stable.";
        KeywordTagger.Keyword mash = TAGGER.keywords(text).stream()
                .filter(k -> k.keyword().equals("multi-agency safeguarding hub")).findFirst().orElseThrow();
        assertEquals("MASH", mash.abbreviation());
        assertEquals(3, mash.spans().size(), "the long form and both short forms");
        assertEquals("MASH", text.substring(mash.spans().get(2).start(), mash.spans().get(2).end()));
        assertFalse(keywords(text).contains("MASH"), "the short form is not a second keyword");
    }

    @Test
    void normalisedFormsAggregateAndSurfaceIsTheFirstWritten() {
        KeywordTagger.Keyword k = TAGGER.keywords("Child protection plans are reviewed. Each child protection plan "
                + "is clear.").get(0);
        assertEquals("child protection plan", k.keyword());
        assertEquals("Child protection plans", k.surface());
        assertEquals(2, k.spans().size());
        assertEquals("child", KeywordTagger.singular("children"));
    }

    @Test
    void keywordsNeverCrossABracketOrASentence() {
        String text = "Leaders use audits (including dip samples) well. Case records. Supervision notes are clear.";
        for (KeywordTagger.Keyword k : TAGGER.keywords(text)) {
            for (Span sp : k.spans()) {
                String s = text.substring(sp.start(), sp.end());
                assertFalse(s.contains("(") || s.contains(")") || s.contains("."), s);
            }
        }
    }

    @Test
    void themeTermsMatchAsTermsNotAccidentalWordPairs() {
        assertFalse(themes("Existing services to support families help to prevent escalation.").contains("early-help"));
        assertTrue(themes("Families receive family help from the family hub.").contains("early-help"));
        assertFalse(themes("The number of permanent team managers has increased.").contains("management-oversight"));
        assertTrue(themes("Team managers review plans in supervision.").contains("management-oversight"));
    }

    @Test
    void aLongerTermOfAnotherThemeWins() {
        List<String> t = themes("Young people wait too long for specialist mental health assessments.");
        assertFalse(t.contains("assessment"), t.toString());
        assertTrue(t.contains("health-wellbeing"), t.toString());
        assertTrue(themes("Assessments consider children's histories well.").contains("assessment"));
    }

    @Test
    void notWithinPhrasesVetoATerm() {
        List<String> t = themes("Children are stepped down from child protection to child in need.");
        assertFalse(t.contains("early-help"), t.toString());
        assertTrue(t.contains("child-protection"), t.toString());
        assertTrue(themes("Children are stepped down to early help.").contains("early-help"));
        assertFalse(themes("Three children are privately fostered.").contains("children-in-care"));
    }

    @Test
    void aTimelinessWordNextToAnOrganisationsChangeIsNotTimelinessForAChild() {
        assertFalse(themes("The action plan does not support timely improvement.").contains("timeliness"));
        assertFalse(themes("Leaders have achieved a swift transformation of the service.").contains("timeliness"));
        assertTrue(themes("Children receive timely assessments.").contains("timeliness"));
        assertTrue(themes("There has been improvement in the timeliness of assessments.").contains("timeliness"),
                "a word that is not next to the term does not veto it");
    }

    @Test
    void accommodationForHomelessSixteenYearOldsIsNotCareLeavers() {
        assertFalse(themes("Homeless 16- and 17-year-olds are found suitable accommodation.").contains("care-leavers"));
        assertTrue(themes("Care leavers live in suitable accommodation.").contains("care-leavers"));
    }

    @Test
    void aTeamOrServiceNamedInCapitalsIsOneKeyword() {
        List<String> k = keywords("Family-finding starts when the case transfers to the Children Awaiting Adoption "
                + "Team. The Inclusion Charter and the Framework for Participation are new.");
        assertTrue(k.contains("children awaiting adoption team"), k.toString());
        assertTrue(k.contains("framework for participation") && k.contains("inclusion charter"), k.toString());
        assertFalse(k.contains("adoption team"), "never a part of a name: " + k);
    }

    @Test
    void aPluralBeforeANounOfAnOrganisedThingStaysInTheName() {
        List<String> k = keywords("The family solutions service provides effective support.");
        assertTrue(k.contains("family solutions service"), k.toString());
    }

    @Test
    void aHyphenatedCompoundMayStandAlone() {
        List<String> k = keywords("Management oversight and decision-making are not routinely recorded.");
        assertTrue(k.contains("decision-making"), k.toString());
    }

    @Test
    void aTermTaggedAsAdjectivesIsStillAKeyword() {
        List<String> k = keywords("Extensive auditing, commissioned by the new chief executive, exposed weaknesses.");
        assertTrue(k.contains("chief executive") && k.contains("auditing"), k.toString());
    }

    @Test
    void theBackgroundCountsEveryNounPhraseInARun() {
        var p = KeywordTagger.withoutBackground().phrases(
                "The Health and Wellbeing Board (HWB) is effective and care leavers are seen.");
        assertTrue(p.containsAll(List.of("health and wellbeing board", "wellbeing board", "board", "care leaver")),
                p.toString());
        assertTrue(p.stream().noneMatch(x -> x.startsWith("and ") || x.endsWith(" and")), p.toString());
        assertFalse(p.contains("the health and wellbeing board"), "no determiner: " + p);
    }

    @Test
    void aNameInCapitalsKeepsItsAbbreviation() {
        KeywordTagger.Keyword k = TAGGER.keywords("The Local Safeguarding Children Board (LSCB) is effective. "
                + "The LSCB has good oversight.").get(0);
        assertEquals("local safeguarding children board", k.keyword());
        assertEquals("LSCB", k.abbreviation());
    }

    @Test
    void aWordOnBothSidesOfAndMakesTwoThings() {
        List<String> k = keywords("Children in care and care leavers are supported well by personal advisers.");
        assertTrue(k.contains("care leaver"), k.toString());
        assertTrue(k.stream().noneMatch(w -> w.contains(" and ")), k.toString());
    }

    @Test
    void twoAdjectivesBeforeAPluralHeadShareIt() {
        List<String> k = keywords("The service is supported by political and corporate leaders.");
        assertTrue(k.contains("political leader") && k.contains("corporate leader"), k.toString());
    }

    @Test
    void aHeadThatOnlySaysAnAspectOfTheNounBeforeItGoes() {
        List<String> k = keywords("Consent to work on a child in need basis is sought. The multi-agency audit process "
                + "is thorough, but there are weaknesses in the core areas and the service area.");
        assertTrue(k.contains("child in need") && k.contains("multi-agency audit"), k.toString());
        assertTrue(k.stream().noneMatch(w -> w.endsWith("basis") || w.endsWith("process") || w.endsWith("area")
                || w.equals("core")), k.toString());
    }

    @Test
    void aGradeBeforeANounIsNotPartOfTheKeyword() {
        List<String> k = keywords("Foster carers provide quality care and good-quality placements. The quality "
                + "assurance framework is well-established.");
        assertTrue(k.contains("quality assurance framework"), k.toString());
        assertTrue(k.stream().noneMatch(w -> w.equals("quality care") || w.startsWith("good-quality")), k.toString());
    }

    @Test
    void anAdjectiveOfFitnessOrSoundnessGradesAndIsDropped() {
        // "suitable", "manageable", "stable", "unnecessary": how fitting or well-judged a thing is, not its kind
        List<String> k = keywords("Children move to a suitable placement quickly. Social workers have manageable "
                + "caseloads. There is no unnecessary delay for children.");
        assertTrue(k.containsAll(List.of("placement", "caseload", "delay")), k.toString());
        assertTrue(k.stream().noneMatch(w -> w.startsWith("suitable") || w.startsWith("manageable")
                || w.startsWith("unnecessary")), k.toString());
        // a kind-making adjective stays: "secure accommodation" is a kind of accommodation
        assertTrue(keywords("Some children are placed in secure accommodation.").contains("secure accommodation"));
        assertTrue(keywords("A stable senior leadership team is in place.").contains("senior leadership team"));
        // ... and so does a fitness word where the whole is a term of the trade: "suitable accommodation" is the
        // statutory term (and a national measure) for where care leavers live
        List<String> leavers = keywords("Care leavers live in suitable accommodation.");
        assertTrue(leavers.contains("suitable accommodation"), leavers.toString());
    }

    @Test
    void aPossessiveThatSaysWhomAThingIsForMakesOneKeyword() {
        // a classifying genitive: a term of the trade, or a group of people before an organised thing or a role
        List<String> k = keywords("Some children live in registered children’s homes. The care leavers’ service has "
                + "moved, and care leavers see a care leavers’ nurse. The disabled children’s team is stable.");
        assertTrue(k.containsAll(List.of("children's home", "care leavers' service", "care leavers' nurse",
                "disabled children's team")), k.toString());
        assertFalse(k.contains("nurse"), k.toString());
        // the owner, not a kind: a singular possessor before anything but a term, a possessor that is no group of
        // people, a modifier of the possessor that makes no term, and a head that is not the run's last noun
        List<String> owner = keywords("The child’s social worker visits. The school’s website is clear. The local "
                + "authority children’s services have improved. The care leavers’ pathway plans are detailed.");
        assertTrue(owner.stream().noneMatch(w -> w.contains("'")), owner.toString());
        assertTrue(owner.contains("pathway plan"), owner.toString());
    }

    @Test
    void aConjunctEndedByItsPostmodifierTakesNoWordOfTheNext() {
        // "child in need and child protection plans": two plans, not "need and child protection plan"
        List<String> k = keywords("Managers review child in need and child protection plans regularly.");
        assertTrue(k.containsAll(List.of("child in need plan", "child protection plan")), k.toString());
        assertTrue(k.stream().noneMatch(w -> w.startsWith("need")), k.toString());
        // the other side: a coordination of two modifiers of one head is still one name where it is one
        assertTrue(keywords("Leaders report to the health and wellbeing board.").contains("health and wellbeing board"));
    }

    @Test
    void aLongNameItsShortFormDefinesIsOneKeyword() {
        List<String> k = keywords("Social workers have good relationships with the Children and Family Court Advisory "
                + "and Support Service (Cafcass) and the courts.");
        assertTrue(k.contains("children and family court advisory and support service"), k.toString());
        assertFalse(k.contains("family court advisory and support service"), k.toString());
        // the other side: without a short form after it, a run of more than six capitalised words is no one name
        List<String> run = keywords("Leaders report to the Health and Wellbeing Board and Children and Young People "
                + "Partnership Board every term.");
        assertFalse(run.contains("health and wellbeing board and children and young people partnership board"),
                run.toString());
    }

    @Test
    void aNounAfterAModalToOrAMannerAdverbIsAVerb() {
        List<String> k = keywords("Managers do not rigorously progress plans for children. Partners meet daily to "
                + "share information. Workers who hold children in mind should progress plans for permanence.");
        assertTrue(k.stream().noneMatch(w -> w.startsWith("progress") || w.startsWith("share")
                || w.startsWith("hold")), k.toString());
    }

    @Test
    void anAdjectiveInLyIsNoVerbContext() {
        assertEquals(List.of("permanence planning"), keywords("Early permanence planning is in place."));
        assertEquals(List.of("early help service"), keywords("Children known to early help services get support."));
        assertEquals(List.of(), keywords("Some children wait too long."));
        assertTrue(keywords("Visits are clearly recorded and the multi-agency response is swift.").isEmpty());
    }

    @Test
    void theLastTwoItemsOfAListAreNotOneName() {
        List<String> k = keywords("There are weaknesses in social work practice, including management oversight, "
                + "assessment and child protection.");
        assertTrue(k.stream().noneMatch(w -> w.contains("assessment and")), k.toString());
    }

    @Test
    void aFixedListOfBareNounsIsOneKeyword() {
        List<String> k = keywords("More care leavers are in education, employment or training than last year.");
        assertTrue(k.contains("education, employment or training"), k.toString());
        assertFalse(k.contains("education"), k.toString());
        List<String> people = keywords("Staff work with children, parents and carers on care planning.");
        assertTrue(people.stream().noneMatch(w -> w.contains(",")), people.toString());
    }

    @Test
    void aListOfNounsBeforeAHeadIsNoBareList() {
        String[] tokens = {"education", ",", "health", "and", "care", "plans"};
        String[] tags = {"NOUN", "PUNCT", "NOUN", "CCONJ", "NOUN", "NOUN"};
        assertEquals(-1, PhraseRules.bareList(tokens, tags, 0));
        assertEquals(5, PhraseRules.bareList(java.util.Arrays.copyOf(tokens, 5), java.util.Arrays.copyOf(tags, 5), 0));
    }

    @Test
    void aGradeIsDroppedWhereverThePhraseStarts() {
        // the participle "provided" goes first (not established with the rest); the grade after it goes too
        List<String> k = keywords("An impressive number of families have provided positive feedback about the "
                + "leaving care service.");
        assertTrue(k.contains("leaving care service"), k.toString());
        assertTrue(k.stream().noneMatch(w -> w.startsWith("positive") || w.startsWith("provided")), k.toString());
    }

    @Test
    void theLastItemOfAListIsNotJoinedEvenWhenTheCoordinationIsEstablished() {
        List<String> k = keywords("Services for disabled children are disjointed across education, health and social "
                + "care.");
        assertFalse(k.contains("health and social care"), k.toString());
        assertTrue(k.contains("disabled child"), k.toString());
    }

    @Test
    void xAndYZIsOneNameOnlyWhereXTakesTheHeadToo() {
        // "planning oversight" is not a phrase: planning and management oversight are two things
        List<String> k = keywords("Leaders have strengthened planning and management oversight of casework.");
        assertTrue(k.contains("management oversight"), k.toString());
        assertFalse(k.contains("planning and management oversight"), k.toString());
        // "drug misuse" may be rare, but "drug and alcohol misuse" is a fixed name: written in many of the findings
        // that write "alcohol misuse"
        assertTrue(keywords("Parental drug and alcohol misuse is a feature of many referrals.")
                .contains("drug and alcohol misuse"));
    }

    @Test
    void aBareHeadYieldsToALongerPhraseOfTheSameFinding() {
        List<String> k = keywords("Initial assessments and core assessments are completed on time. Each assessment "
                + "considers the history of the family. Assessments are thorough.");
        assertTrue(k.contains("initial assessment") && k.contains("core assessment"), k.toString());
        assertFalse(k.contains("assessment"), k.toString());
        assertTrue(keywords("Assessments are thorough and assessment quality is audited. Every assessment is timely.")
                .contains("assessment"), "alone, the head is kept");
    }

    @Test
    void aWordBeforePeopleIsAVerbUnlessThePairIsEstablished() {
        List<String> k = keywords("Teachers check pupils' understanding and support pupils who fall behind. Disabled "
                + "pupils attend the breakfast club.");
        assertTrue(k.stream().noneMatch(w -> w.endsWith("support pupil")), k.toString());
        assertTrue(k.contains("breakfast club"), k.toString());
        assertTrue(keywords("Support for disabled children has improved. Young carers are identified early.")
                .containsAll(List.of("disabled child", "young carer")));
    }

    @Test
    void aCoordinatedTermInsideALongerRunIsKeptWhole() {
        List<String> k = keywords("There are no extended waits for the core child and adolescent mental health services "
                + "team.");
        assertTrue(k.stream().anyMatch(w -> w.startsWith("child and adolescent mental health")), k.toString());
        assertTrue(k.stream().noneMatch(w -> w.equals("core child") || w.startsWith("health service")), k.toString());
    }

    @Test
    void aCoordinationTakenAsOneIsNotCutAfterItsPluralFirstConjunct() {
        List<String> k = keywords("Following the appointment of a new operational director for children and families "
                + "services in 2013, concerns emerged.");
        assertTrue(k.contains("children and families service"), k.toString());
        assertFalse(k.contains("families service"), k.toString());
    }

    @Test
    void twoUnknownModifiersShareTheirHead() {
        // nothing in the background says "attendance register" is a phrase of its own: two modifiers of one head
        assertTrue(keywords("The admission and attendance registers are kept as required.")
                .contains("admission and attendance register"));
    }

    @Test
    void aPlacesNameIsNoKeywordButAServiceNamedInCapitalsIs() {
        // a school's or college's name takes no determiner; a service named with capitals does
        List<String> k = keywords("Pupils at Hillcrest Primary School enjoy their lessons and Year 6 pupils at "
                + "Oakfield Academy visit the school each term.");
        assertTrue(k.stream().noneMatch(w -> w.contains("hillcrest") || w.contains("oakfield") || w.contains("primary")),
                k.toString());
        assertTrue(keywords("The Virtual School tracks the progress of children in care.").contains("virtual school"));
    }

    @Test
    void schoolTermsOfTheTradeStandAlone() {
        List<String> k = keywords("Attendance has improved because leaders check the curriculum and phonics teaching.");
        assertTrue(k.contains("attendance") && k.contains("curriculum"), k.toString());
        assertTrue(keywords("Governors visit the school regularly.").contains("governor"));
        // a generic word of the school codebook ("subject", "progress") is still no keyword on its own
        assertTrue(keywords("Progress in this subject is slow.").isEmpty(), keywords("Progress in this subject is slow.").toString());
    }

    @Test
    void anSFormBeforeToAndAVerbIsTheVerbAPluralBeforeToIsAPurpose() {
        List<String> k = keywords("The proposed school intends to promote respect for others.");
        assertTrue(k.stream().noneMatch(w -> w.endsWith("intend")), k.toString());
        // "visits" is a noun the model knows: the infinitive after it is a purpose
        assertTrue(keywords("Statutory visits to see children are regular.").contains("statutory visit"));
    }

    @Test
    void aRelativeClausesSubjectAndVerbAreNoPhrase() {
        List<String> k = keywords("Pupils enjoy the clubs that the school offers.");
        assertTrue(k.contains("club") && k.stream().noneMatch(w -> w.contains("offer")), k.toString());
    }

    @Test
    void aVerbAfterToTakesAnObjectNotAPhrase() {
        // "to" read as a preposition by the tagger, the verb read as a noun: the object is the keyword
        List<String> k = keywords("Young people are helped to attend language courses at the college.");
        assertTrue(k.contains("language course") && k.stream().noneMatch(w -> w.contains("attend")), k.toString());
        assertTrue(keywords("Staff use a range of methods to build confidence in reading.").stream()
                .noneMatch(w -> w.contains("build")));
        // an established phrase after "to" is a noun phrase after a preposition
        assertTrue(keywords("Care leavers have access to support services.").contains("support service"));
    }

    @Test
    void anAbbreviationInBracketsInsideAPhraseKeepsTheHead() {
        KeywordTagger.Keyword k = TAGGER.keywords("Pupils with education, health and care (EHC) plans make good progress.")
                .get(0);
        assertEquals("education, health and care plan", k.keyword());
        assertEquals("EHC plan", k.abbreviation());
        List<String> semh = keywords("They have social, emotional and mental health (SEMH) needs.");
        assertTrue(semh.contains("social, emotional and mental health need"), semh.toString());
        // a name before the bracket stays the keyword
        assertTrue(keywords("Partners attend the multi-agency risk assessment conference (MARAC) arrangements.")
                .contains("multi-agency risk assessment conference"));
    }

    @Test
    void anEstablishmentsOwnNameComesFromItsProviderName() {
        String text = "Pupils at Hollins Park make good progress in reading.";
        // no list holds the school's name: without the provider's name the capitalised pair reads as a name of a thing
        assertTrue(keywords(text).contains("hollins park"), keywords(text).toString());
        List<String> own = TAGGER.withOwnName("Hollins Park Primary School").keywords(text).stream()
                .map(KeywordTagger.Keyword::keyword).toList();
        assertFalse(own.contains("hollins park"), own.toString());
        assertTrue(own.contains("reading"), own.toString());
        List<String> centre = TAGGER.withOwnName("The Riverside Centre").keywords(
                "Learners at the Riverside Centre value the careers guidance they receive.").stream()
                .map(KeywordTagger.Keyword::keyword).toList();
        assertFalse(centre.contains("riverside centre"), centre.toString());
        // only the name written with its capitals: the common noun in a name stays a keyword in lower case
        List<String> nursery = TAGGER.withOwnName("Little Acorns Nursery School").keywords(
                "Children in the nursery settle quickly.").stream().map(KeywordTagger.Keyword::keyword).toList();
        assertTrue(nursery.contains("nursery"), nursery.toString());
    }

    @Test
    void aCoordinationAnAbbreviationDefinesIsOneKeyword() {
        for (String conj : List.of("and", "and/or")) {
            List<KeywordTagger.Keyword> k = TAGGER.keywords("Pupils with special educational needs " + conj
                    + " disabilities (SEND) achieve well. Leaders check that SEND pupils are supported.");
            List<String> names = k.stream().map(KeywordTagger.Keyword::keyword).toList();
            assertEquals("special educational needs " + conj + " disability", names.get(0), names.toString());
            assertEquals("SEND", k.get(0).abbreviation());
            assertFalse(names.contains("disability") || names.contains("special educational need"), names.toString());
        }
        // a short form that abbreviates the last phrase alone defines only that one; a phrase before "and" stays apart
        List<KeywordTagger.Keyword> camhs = TAGGER.keywords(
                "Assessments and the child and adolescent mental health service (CAMHS) are slow.");
        assertTrue(camhs.stream().anyMatch(c -> c.keyword().equals("child and adolescent mental health service")
                && "CAMHS".equals(c.abbreviation())), camhs.toString());
        List<String> k = keywords("Referrals and the multi-agency safeguarding hub (MASH) work well.");
        assertTrue(k.contains("referral") && k.stream().noneMatch(w -> w.contains(" and ")), k.toString());
    }

    @Test
    void theNumberOfANumberedThingBelongsToItsName() {
        List<String> k = keywords("The behaviour policy is applied consistently at key stage 3, so that disruption is rare.");
        assertTrue(k.contains("key stage 3"), k.toString());
        assertFalse(k.contains("key stage"), k.toString());
        // a plural names the series, and a number before a noun starts another phrase
        assertTrue(keywords("Pupils in key stages 1 and 2 make good progress.").contains("key stage"));
        assertFalse(keywords("Many key stage 1 and 2 pupils make good progress in reading.").contains("key stage 1"));
        assertFalse(keywords("Most children in Year 6 attend the breakfast club.").contains("year 6"));
    }

    @Test
    void moreSubjectsAndVerbs() {
        // a plural subject before a preposition its verb takes; "data" with either number; a demonstrative object
        assertFalse(keywords("Staff deal with incidents of poor behaviour quickly.").contains("staff deal"));
        assertFalse(keywords("Published historical data shows that attainment is low.").contains("data show"));
        List<String> k = keywords("The recently developed sessional emergency response worker service supports this team.");
        assertTrue(k.contains("emergency response worker service"), k.toString());
        assertTrue(keywords("Families work with the early help team.").contains("early help team"));
    }

    @Test
    void theProposedSchoolIsTheEstablishmentNotATopic() {
        List<String> k = keywords("The proposed school has a suitable curriculum and accessibility plan.");
        assertFalse(k.contains("proposed school"), k.toString());
        assertTrue(k.contains("accessibility plan"), k.toString());
    }

    @Test
    void aNounUsedOnlyInThePluralKeepsItsPlural() {
        // pluralia tantum and a plural compound: their singular is another word ("premise") or none
        List<String> k = keywords("The school premises are safe. Care proceedings were issued in a timely way.");
        assertTrue(k.contains("school premises") && k.contains("care proceedings"), k.toString());
        assertTrue(keywords("Children in the early years settle quickly.").contains("early years"));
        assertTrue(keywords("Pre-proceedings work is strong.").stream().anyMatch(w -> w.startsWith("pre-proceedings")));
        // a noun whose singular names one of the same things is made singular
        k = keywords("Placement arrangements are reviewed and child protection plans are clear.");
        assertTrue(k.contains("placement arrangement") && k.contains("child protection plan"), k.toString());
        assertEquals("year", Lexicon.lemma("school", "years"));
        assertEquals("early years", Lexicon.fold("early years"));
    }

    @Test
    void aTermOfTheTradeIsNeitherCutNorStrippedOfItsFirstWord() {
        List<String> k = keywords("Staff benefit from a professional development programme. Careers guidance is strong.");
        assertTrue(k.contains("professional development programme") && k.contains("careers guidance"), k.toString());
        assertFalse(k.contains("development programme") || k.contains("career"), k.toString());
        assertTrue(keywords("Leaders give due regard to safer recruitment requirements.").contains("safer recruitment requirement"));
        // a grading word that starts no term still goes
        assertTrue(keywords("There is a comprehensive development programme for staff.").contains("development programme"));
    }

    @Test
    void anObjectPronounMakesTheWordBeforeItAVerb() {
        List<String> k = keywords("The training supports them to understand pupils' needs better.");
        assertFalse(k.contains("training support"), k.toString());
        assertTrue(k.contains("training"), k.toString());
        // a pronoun in the subject case after it starts a relative clause: the compound stands
        assertTrue(keywords("Foster carers value the training support they receive.").contains("training support"));
    }

    @Test
    void anAdverbOrParticipleIsNoKeywordThoughATerm() {
        // "promptly", "timely", "delayed" are theme terms; the suffixes -ly and -ed make no nouns
        List<String> k = keywords("When the team identifies concerns, it shares these promptly with the police.");
        assertFalse(k.contains("promptly"), k.toString());
        assertTrue(keywords("Neglect is identified and acted on.").contains("neglect"));
    }

    @Test
    void aLanguageNamedAsALanguageIsNotTheSubject() {
        assertFalse(keywords("Pupils who speak English as an additional language achieve well.").contains("english"));
        assertFalse(keywords("English is not the first language of most pupils.").contains("english"));
        assertTrue(keywords("Pupils achieve well in English and mathematics.").contains("english"));
    }

    @Test
    void andAfterAVerbsObjectJoinsASecondVerb() {
        // "and" after the one-word object of a verb after "to" or a modal, before a word the model knows as a verb
        List<String> k = keywords("Managers should review cases and set clear timescales for actions.");
        assertTrue(k.contains("timescale"), k.toString());
        assertTrue(k.stream().noneMatch(w -> w.contains("set")), k.toString());
        assertTrue(keywords("Leaders work with partners to reduce drug and alcohol misuse in the area.")
                .contains("drug and alcohol misuse"));
    }

    @Test
    void aTermOfTheTradeStartsARunWhateverTheTagOfItsFirstOrSecondWord() {
        // the tagger reads "Return" at a sentence start and "missing", "reviewing" inside as verbs
        assertTrue(keywords("Return home interviews are routinely offered.").contains("return home interview"));
        assertTrue(keywords("Systems ensure that children missing education are safeguarded.")
                .contains("children missing education"));
        List<String> k = keywords("Oversight by frontline managers and independent reviewing officers (IRO) is weak.");
        assertTrue(k.contains("independent reviewing officer"), k.toString());
        assertTrue(keywords("The local authority designated officer (LADO) ensures that allegations are followed up.")
                .contains("local authority designated officer"));
        // a term of two words, or one with a preposition or "and", after a word read as a verb is not taken so
        List<String> v = keywords("Leaders want staff to share information with partners when children come into care.");
        assertTrue(v.stream().noneMatch(w -> w.contains("share") || w.contains("come")), v.toString());
    }

    @Test
    void aWordThatPlacesAThingInASequenceIsNoPartOfTheKeyword() {
        List<String> k = keywords("Subsequent assessments are not targeted. Previous assessments and existing "
                + "arrangements were weak.");
        assertTrue(k.contains("assessment"), k.toString());
        assertTrue(k.stream().noneMatch(w -> w.startsWith("subsequent") || w.startsWith("previous")
                || w.startsWith("existing")), k.toString());
        // a classifying word of a term of the trade stays, and so do "later" and "former", which make kinds
        assertTrue(keywords("The initial child protection conference was timely.").contains("initial child protection conference"));
        List<String> kinds = keywords("Former foster carers stay in touch. Later life letters are written for every child.");
        assertTrue(kinds.contains("former foster carer") && kinds.contains("later life letter"), kinds.toString());
    }

    @Test
    void aBaseFormAfterAPluralNounForPeopleIsTheirVerb() {
        List<String> k = keywords("Some children experience delays in their assessments.");
        assertFalse(k.contains("experience delay"), k.toString());
        assertTrue(k.contains("delay"), k.toString());
        // a capitalised subject the tagger reads as a verb
        assertTrue(keywords("Pupils access physical education lessons.").stream().noneMatch(w -> w.startsWith("access")));
        // a noun of an organised thing and a coordination make a name with the people they serve
        assertTrue(keywords("Children and families services are well led.").contains("children and families service"));
        assertTrue(keywords("The Troubled Families programme has helped many.").stream().anyMatch(w -> w.contains("families programme")));
    }

    @Test
    void anActsNameBeforeANounIsPartOfThePhrase() {
        List<String> k = keywords("Some young people wait for their Care Act assessments.");
        assertTrue(k.contains("care act assessment"), k.toString());
        assertFalse(k.contains("care act"), k.toString());
        // an Act named alone, or before a number, stays the Act's name
        assertTrue(keywords("Duties under the Children Act 1989 are met.").contains("children act"));
    }

    @Test
    void aClosingSingleQuoteIsNoPartOfTheLastWord() {
        List<String> k = keywords("Staff understand the ‘Keeping Children Safe in Education’ guidance. "
                + "The ‘Family Information Service’ offers advice.");
        assertTrue(k.contains("keeping children safe in education"), k.toString());
        assertTrue(k.contains("family information service"), k.toString());
        // a plural possessive keeps its apostrophe where no quotation is open
        List<String> p = keywords("Leaders check the pupils’ progress files.");
        assertTrue(p.contains("progress file") && p.stream().noneMatch(w -> w.contains("pupil")), p.toString());
    }

    @Test
    void aGraveOrWellMeantWordGradesUnlessItMakesATerm() {
        // "serious", "constructive", "renewed", "established": how grave, well-meant or new, not what kind
        List<String> k = keywords("There are serious delays in adoption. Constructive relationships with health "
                + "partners exist. The newly established leadership team has a renewed enthusiasm.");
        assertTrue(k.contains("delay") && k.contains("leadership team"), k.toString());
        assertTrue(k.stream().noneMatch(w -> w.startsWith("serious") || w.startsWith("constructive")
                || w.startsWith("established") || w.startsWith("renewed")), k.toString());
        // the opposites of grades grade too
        List<String> rare = keywords("Some children have infrequent supervision and irregular visits.");
        assertTrue(rare.contains("supervision") && rare.stream().noneMatch(w -> w.startsWith("infrequent")
                || w.startsWith("irregular")), rare.toString());
        // two grades joined by "and" both go
        assertTrue(keywords("There are serious and widespread failures in practice.").stream()
                .noneMatch(w -> w.contains("serious") || w.contains("widespread")));
        // ... but "serious" stays in the statutory terms it makes
        List<String> terms = keywords("The serious case review was published. A serious incident notification was made.");
        assertTrue(terms.contains("serious case review") && terms.contains("serious incident notification"),
                terms.toString());
    }

    @Test
    void aGerundAfterAPrepositionTakesAnObject() {
        // "delays in achieving permanence": the gerund's object is the phrase
        List<String> k = keywords("There are delays in achieving permanence. Leaders focus on reducing risk "
                + "for children. Arrangements for placing children are weak.");
        assertTrue(k.contains("permanence"), k.toString());
        assertTrue(k.stream().noneMatch(w -> w.startsWith("achieving") || w.startsWith("reducing")
                || w.startsWith("placing")), k.toString());
        // a word in "-ing" that heads phrases of its own is a noun ("care planning", "staff training")
        List<String> nouns = keywords("Parents take part in planning meetings. Carers attend training sessions.");
        assertTrue(nouns.contains("planning meeting"), nouns.toString());
        // and an "-ing" word English uses as an adjective modifies the noun ("of missing children")
        List<String> adjectives = keywords("The response to missing children is strong. Leaders plan for "
                + "presenting needs.");
        assertTrue(adjectives.contains("missing child"), adjectives.toString());
        // a term of the trade is never cut ("supervising social workers" support foster carers)
        assertTrue(keywords("Foster carers are well supported by supervising social workers.")
                .contains("supervising social worker"));
    }

    @Test
    void aSecondVerbAfterToAndIsAVerbWhateverTheModelKnows() {
        // "to review and progress contacts": "progress" is known as a noun, but "and" joins it to a verb after "to"
        List<String> k = keywords("The systems in place to review and progress contacts and referrals are weak.");
        assertTrue(k.contains("referral"), k.toString());
        assertTrue(k.stream().noneMatch(w -> w.startsWith("progress")), k.toString());
        // a noun after "to" and another noun stays ("access to training and support services")
        assertTrue(keywords("Staff have access to training and support services.").contains("support service"));
    }

    @Test
    void childrenInNeedOrInCareAloneIsAKeyword() {
        // a term of the trade written with "in", as one with "of": its head is the first word
        assertTrue(keywords("Plans for children in need are reviewed.").contains("child in need"));
        assertTrue(keywords("Delays for children in care are too long.").contains("child in care"));
        // a following noun carries the run on ("child in need plans", "children in care reviews")
        List<String> k = keywords("Child in need plans are clear. Child in care reviews are timely.");
        assertTrue(k.contains("child in need plan") && k.contains("child in care review"), k.toString());
        // a verb after the term is theirs ("children in care benefit from"), and "care proceedings" stays a term
        assertTrue(keywords("Children in care benefit from strong advocacy.").stream().noneMatch(w -> w.contains("benefit")));
        List<String> p = keywords("Children in care proceedings wait too long for decisions.");
        assertTrue(p.contains("care proceedings"), p.toString());
    }

    @Test
    void aCommaListOfModifiersSharesItsHead() {
        // adjectives of kind in "-al"/"-ic" before an established last conjunct, or a term of the trade
        assertTrue(keywords("The school understands each pupil's social, emotional and mental health needs.")
                .contains("social, emotional and mental health need"));
        List<String> pshe = keywords("Pupils value their personal, social and health education (PSHE).");
        assertTrue(pshe.contains("personal, social and health education"), pshe.toString());
        assertTrue(pshe.stream().noneMatch(w -> w.equals("health education")), pshe.toString());
        // nouns whose list the background holds as a fixed one ("education, health and care")
        assertTrue(keywords("Children with education, health and care plans are supported.")
                .contains("education, health and care plan"));
        // not grading adjectives, nor adjectives before a last conjunct that is no phrase of its own
        List<String> graded = keywords("Plans are clear, concise and focused plans. Pupils show intellectual, "
                + "physical and creative effort.");
        assertTrue(graded.stream().noneMatch(w -> w.contains(",")), graded.toString());
        // nor a list that is the subject of the word after it ("education, employment and training result in")
        assertTrue(keywords("Engagement with education, employment and training result in good opportunities.")
                .stream().noneMatch(w -> w.endsWith("result")));
    }

    @Test
    void aNumberEndsANameWrittenWithCapitalsBeforeANoun() {
        // "Key Stage 1 children": the number is part of the name, the noun starts a phrase of its own
        List<String> k = keywords("By the end of Key Stage 1 children looked after perform below their peers.");
        assertTrue(k.contains("key stage 1"), k.toString());
        assertFalse(k.contains("key stage"), k.toString());
        // in lower case a number before a noun counts it ("the child protection conference 15 days later")
        assertTrue(keywords("The child protection conference 15 days later was late.").contains("child protection conference"));
    }

    @Test
    void aVerbAfterAPluralNounWithoutARelativeWordIsAVerb() {
        // "the pupils this school serves": a relative clause without "that"
        List<String> k = keywords("Leaders provide a nurturing curriculum for the pupils this school serves.");
        assertTrue(k.stream().noneMatch(w -> w.endsWith("serve")), k.toString());
        // without a plural noun before the determiner the last word is the head of a compound
        List<String> meals = keywords("Leaders have improved the school meals.");
        assertTrue(meals.contains("school meal"), meals.toString());
    }

    @Test
    void aPluralBeforeARoleSaysWhatTheRoleIsFor() {
        List<String> k = keywords("The school's special educational needs coordinator will make sure that teachers know.");
        assertTrue(k.contains("special educational needs coordinator"), k.toString());
        assertFalse(k.contains("special educational need"), k.toString());
        // a role word that is also a verb is not read so ("ambassadors mentor senior leaders")
        assertTrue(keywords("Young ambassadors mentor senior leaders.").stream().noneMatch(w -> w.contains("mentor")));
    }

    @Test
    void anSFormBetweenANounAndPluralPeopleIsTheVerb() {
        // "the governing body supports leaders": the stem is a verb, and people follow
        List<String> k = keywords("The governing body supports leaders well.");
        assertTrue(k.contains("governing body"), k.toString());
        assertTrue(k.stream().noneMatch(w -> w.contains("support")), k.toString());
        // a plural noun that is no verb's -s form stays in its compound ("family support workers")
        assertTrue(keywords("The family support workers visit families often.").contains("family support worker"));
    }

    @Test
    void aBracketedShortFormAfterAListAbbreviatesItWithItsHead() {
        // "personal, social and health education (PSHE) programme": the list, its head, then the short form's head
        List<String> k = keywords("The personal, social and health education (PSHE) programme is well structured.");
        assertTrue(k.contains("personal, social and health education programme"), k.toString());
        assertFalse(k.contains("health education"), k.toString());
    }
}
