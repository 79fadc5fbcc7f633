package org.huibao.output;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.huibao.model.ReportResult;

/**
 * The annotated Word copy (批注版) of a checked report: one Word comment by "huibao" on the exact text
 * of each finding (repeats of a rule on the same text folded into one, with the count and the
 * paragraphs), and a summary comment on the title. A .docx is copied with its formatting, numbering
 * and styles untouched ({@link DocxAnnotator}); any other report becomes a new document laid out as
 * GB/T 9704 asks ({@link GbtDocument}). Stateless; the input is only read.
 */
public final class DocxFormatter implements DocumentFormatter {

    public static final String NAME = "docx";
    public static final String SUFFIX = ".huibao.docx";
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String contentType() {
        return CONTENT_TYPE;
    }

    @Override
    public String fileName(String stem) {
        return stem + SUFFIX;
    }

    @Override
    public void write(ReportResult report, Optional<Path> source, OutputOptions options, OutputStream out)
            throws IOException {
        Annotations.Plan plan = Annotations.of(report, options);
        Optional<byte[]> copy = source.flatMap(s -> DocxAnnotator.copy(s, report, plan));
        out.write(fixedTimes(copy.isPresent() ? copy.get() : GbtDocument.write(report, plan)));
        out.flush();
    }

    /** The zip's entries with one fixed time, so that the same check gives the same bytes, run after run. */
    private static byte[] fixedTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry entry = new ZipEntry(e.getName());
                entry.setTimeLocal(LocalDateTime.of(1980, 1, 1, 0, 0));
                z.putNextEntry(entry);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
