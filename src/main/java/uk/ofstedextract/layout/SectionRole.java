package uk.ofstedextract.layout;

/** What a section holds. */
public enum SectionRole {
    /** Letterhead, addresses, standard introduction, tables: no findings. */
    FRONT_MATTER,
    /** Items are findings of the heading's category. */
    LIST,
    /** Paragraphs are narrative findings under a judgement. */
    JUDGEMENT,
    /** Paragraphs are narrative findings without a judgement (summaries, overviews). */
    SUMMARY,
    /** Context, contents, glossaries, team lists: no findings. */
    EXCLUDED,
    /** Sign-off and Ofsted's closing pages: the body has ended. */
    END
}
