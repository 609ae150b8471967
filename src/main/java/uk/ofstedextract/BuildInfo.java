package uk.ofstedextract;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Where the running jar was built from: the git commit (and whether the work tree had uncommitted
 * changes), as the build wrote them into {@code ofsted-extract.properties}. A build outside a git
 * clone (a source archive) has no commit; {@link #commit()} is then null.
 */
public final class BuildInfo {
    private static final Properties PROPERTIES = load();

    private BuildInfo() {
    }

    /** The abbreviated commit id, with "-dirty" when the work tree had changes; null when unknown. */
    public static String commit() {
        String id = value("commit");
        if (id == null) {
            return null;
        }
        return "true".equals(value("dirty")) ? id + "-dirty" : id;
    }

    private static String value(String key) {
        String v = PROPERTIES.getProperty(key);
        // without git the build leaves the placeholder unfilled
        return v == null || v.isBlank() || v.startsWith("${") ? null : v.strip();
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/ofsted-extract.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // no build information: the commit is unknown
        }
        return p;
    }
}
