package dev.camelcos.client.transfer;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The small file beside a download's temporary file that records which ranges are written, so that a download
 * interrupted by a failure or a crash resumes where it stopped. Its first line names the object version (ETag,
 * size) and the range size: a journal of anything else is not resumed from. Each finished range appends a line with
 * its CRC64; a line cut short by a crash is ignored.
 */
final class DownloadJournal implements Closeable {

    private static final String HEADER = "cos-download 1 ";

    private final BufferedWriter writer;

    private DownloadJournal(BufferedWriter writer) {
        this.writer = writer;
    }

    /** The identity a journal is valid for: the object's version as its ETag and size show it, and the range size. */
    static String identity(String etag, long size, long rangeSize) {
        return HEADER + "etag=" + etag + " size=" + size + " rangeSize=" + rangeSize;
    }

    /** The ranges (by number, from 1) the journal records as written, with their CRC64; empty unless it is for {@code identity}. */
    static Map<Integer, Long> recorded(Path journal, String identity) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Map.of();
        }
        Map<Integer, Long> ranges = new HashMap<>();
        if (lines.isEmpty() || !lines.get(0).equals(identity)) {
            return ranges;
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(" ");
            try {
                if (fields.length == 2) {
                    ranges.put(Integer.valueOf(fields[0]), Long.parseUnsignedLong(fields[1]));
                }
            } catch (NumberFormatException tornLine) {
                // written when the process stopped: that range is fetched again
            }
        }
        return ranges;
    }

    /** Opens the journal to add ranges to, starting a new one (for {@code identity}) unless {@code resume}. */
    static DownloadJournal open(Path journal, String identity, boolean resume) throws IOException {
        BufferedWriter writer = resume
                ? Files.newBufferedWriter(journal, StandardCharsets.UTF_8, StandardOpenOption.APPEND)
                : Files.newBufferedWriter(journal, StandardCharsets.UTF_8);
        DownloadJournal opened = new DownloadJournal(writer);
        if (!resume) {
            opened.append(identity);
        }
        return opened;
    }

    synchronized void written(int range, long crc64) throws IOException {
        append(range + " " + Long.toUnsignedString(crc64));
    }

    private void append(String line) throws IOException {
        writer.write(line);
        writer.newLine();
        writer.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }
}
