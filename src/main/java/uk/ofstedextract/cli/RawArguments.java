package uk.ofstedextract.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.ofstedextract.batch.RawNames;

/**
 * Command-line arguments as the user typed them, bytes and all. Java decodes the arguments in the
 * locale's encoding before {@code main} sees them, so a file name that is not valid UTF-8 arrives
 * with U+FFFD in place of its odd bytes and could not be found. On Linux the bytes are still in
 * {@code /proc/self/cmdline}: such an argument is replaced by its bytes escaped ({@link RawNames}),
 * which the input walker turns back into the file.
 */
final class RawArguments {
    private RawArguments() {
    }

    static String[] restore(String[] args) {
        if (Arrays.stream(args).noneMatch(a -> a.indexOf('\uFFFD') >= 0)) {
            return args;
        }
        try {
            return restore(args, Files.readAllBytes(Path.of("/proc/self/cmdline")));
        } catch (IOException | RuntimeException e) {
            return args;
        }
    }

    /** {@code args}, each with U+FFFD replaced by its escaped bytes from {@code cmdline} (NUL-separated, args last). */
    static String[] restore(String[] args, byte[] cmdline) {
        List<byte[]> all = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                all.add(Arrays.copyOfRange(cmdline, start, i));
                start = i + 1;
            }
        }
        if (start < cmdline.length) {
            all.add(Arrays.copyOfRange(cmdline, start, cmdline.length));
        }
        if (all.size() < args.length) {
            return args;
        }
        List<byte[]> ours = all.subList(all.size() - args.length, all.size());
        String[] out = args.clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i].indexOf('\uFFFD') >= 0) {
                String escaped = RawNames.escape(ours.get(i));
                // only when the bytes are this argument (the same text once decoded)
                if (decodesTo(ours.get(i), args[i])) {
                    out[i] = escaped;
                }
            }
        }
        return out;
    }

    private static boolean decodesTo(byte[] raw, String decoded) {
        return new String(raw, java.nio.charset.StandardCharsets.UTF_8).equals(decoded);
    }
}
