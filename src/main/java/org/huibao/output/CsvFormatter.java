package org.huibao.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.huibao.model.ReportResult;
import org.huibao.output.BatchTable.Column;
import org.huibao.output.BatchTable.Kind;

/**
 * The batch as one CSV table, one row per report: the columns of the xlsx format's first sheet (a CSV
 * holds one table, and the per-report list is the one an office ticks off; the findings are in the
 * xlsx format's second sheet). UTF-8 with a byte order mark, so that Excel and WPS on Windows read the
 * Chinese right; RFC 4180 quoting and CRLF line ends. A text cell that a spreadsheet would take for a
 * formula ({@code =}, {@code +}, {@code -}, {@code @}, their full-width forms, a tab or carriage
 * return first) gets a leading apostrophe, as OWASP advises against CSV injection. Each row is written
 * as its report comes.
 */
public final class CsvFormatter implements Formatter {

    public static final String NAME = "csv";

    private static final String CRLF = "\r\n";
    private static final char BOM = '\uFEFF';

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ReportStream open(String toolVersion, OutputOptions options, Writer out) throws IOException {
        Labels labels = Labels.of(options.lang());
        out.write(BOM);
        writeRow(out, BatchTable.headers(BatchTable.REPORT_COLUMNS, labels), BatchTable.REPORT_COLUMNS);
        return new ReportStream() {
            @Override
            public void report(ReportResult report) throws IOException {
                writeRow(out, BatchTable.reportRow(report, options, labels), BatchTable.REPORT_COLUMNS);
            }

            @Override
            public void finish() throws IOException {
                out.flush();
            }
        };
    }

    private static void writeRow(Writer out, List<?> values, List<Column> columns) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            Object v = values.get(i);
            if (v instanceof Number n) {
                b.append(columns.get(i).kind() == Kind.SCORE ? Outputs.oneDecimal(n.doubleValue())
                        : String.format(Locale.ROOT, "%d", n.longValue()));
            } else if (v != null) {
                field(b, (String) v);
            }
        }
        out.write(b.append(CRLF).toString());
    }

    /** One text field: guarded against formula injection, quoted when it must be (RFC 4180). */
    static void field(StringBuilder b, String s) {
        boolean guard = !s.isEmpty() && formulaStart(s.charAt(0));
        boolean quote = guard || s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0;
        if (!quote) {
            b.append(s);
            return;
        }
        b.append('"');
        if (guard) {
            b.append('\'');
        }
        b.append(s.replace("\"", "\"\"")).append('"');
    }

    /** The characters that make Excel, WPS or LibreOffice read a cell as a formula (or DDE). */
    static boolean formulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '＝' || c == '＋' || c == '－' || c == '＠';
    }
}
