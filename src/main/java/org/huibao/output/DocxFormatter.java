package org.huibao.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
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
        out.write(copy.isPresent() ? copy.get() : GbtDocument.write(report, plan));
        out.flush();
    }
}
