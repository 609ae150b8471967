package uk.ofstedextract.validate;

import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, one per issue ({@code ::error file=…,line=…,col=…,title=…::message};
 * warnings as {@code ::warning}, info as {@code ::notice}), which GitHub shows as annotations on
 * the files, then the text summary. Values are escaped as the workflow-command syntax requires.
 */
public final class GithubFormat implements ValidationWriter {
    @Override
    public void write(Validation v, Writer out) throws IOException {
        for (FileResult f : v.files()) {
            for (Issue i : f.issues()) {
                out.write(command(f.file(), i));
                out.write('\n');
            }
        }
        for (Issue i : v.corpusIssues()) {
            out.write(command(null, i));
            out.write('\n');
        }
        for (String s : TextFormat.summary(v)) {
            out.write(s);
            out.write('\n');
        }
    }

    static String command(String file, Issue i) {
        String level = switch (i.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        StringBuilder sb = new StringBuilder("::").append(level).append(' ');
        if (file != null) {
            sb.append("file=").append(property(file)).append(",line=").append(i.line()).append(",col=")
                    .append(i.column()).append(',');
        }
        sb.append("title=").append(property(i.rule().id())).append("::").append(data(i.message()));
        return sb.toString();
    }

    /** Escaping for a command's message. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping for a command's property values. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
