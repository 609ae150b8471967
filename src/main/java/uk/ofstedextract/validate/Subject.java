package uk.ofstedextract.validate;

import java.util.List;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.grades.GradeReader;
import uk.ofstedextract.layout.Document;
import uk.ofstedextract.layout.ReportProfile;
import uk.ofstedextract.layout.Section;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.report.ReportType;

/**
 * One file under validation: the text extraction read (decoded, or a PDF's text), the report
 * extracted from it, and the layout that same extraction read (lines without page furniture, the
 * judgement table's lines, the sections, the family's profile), which the rules compare the report
 * with. One pass: nothing here runs a stage again.
 */
final class Subject {
    final String file;
    final String text;
    final Report report;
    final ReportType type;
    final Document doc;
    final GradeReader.Result grades;
    final List<Section> sections;
    /** The report family's profile: what validate expects of it. */
    final ReportProfile profile;

    private Subject(String file, String text, Report report, ReportType type, Document doc, GradeReader.Result grades,
                    List<Section> sections, ReportProfile profile) {
        this.file = file;
        this.text = text;
        this.report = report;
        this.type = type;
        this.doc = doc;
        this.grades = grades;
        this.sections = sections;
        this.profile = profile;
    }

    /** The subject of one extraction: its report, the text it read and the layout it read it with. */
    static Subject of(String file, Extractor.Extraction x) {
        Extractor.Layout layout = x.layout();
        return new Subject(file, x.text(), x.report(), layout.detection().type(), layout.doc(), layout.grades(),
                layout.sections(), layout.profile());
    }

    static ReportType typeOf(String key) {
        for (ReportType t : ReportType.values()) {
            if (t.key().equals(key)) {
                return t;
            }
        }
        return ReportType.UNKNOWN;
    }

    /** Offset in the decoded text of the start of a content line (an index into {@code doc.lines()}). */
    int offsetOfLine(int lineIndex) {
        return doc.normalised().origin(doc.lines().get(lineIndex).start());
    }

    /** Offset in the decoded text of the first line of a section (its heading, or its first line), or -1. */
    int offsetOf(Section s) {
        if (s.heading() != null) {
            return offsetOfLine(s.heading().firstLine());
        }
        return s.lines().isEmpty() ? -1 : doc.normalised().origin(s.lines().get(0).start());
    }
}
