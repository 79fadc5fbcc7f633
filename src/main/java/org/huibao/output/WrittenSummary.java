package org.huibao.output;

import java.util.List;

import org.huibao.api.Lang;
import org.huibao.model.StatusCounts;

/**
 * What a run whose every output is a file or a folder tells the terminal: the summary and where the results
 * went. Without it the terminal stays silent and a reviewer cannot tell whether anything was written.
 */
public final class WrittenSummary {

    private WrittenSummary() {
    }

    /** Two lines: 共 N 个文件：… and 结果已写入：the places, in the order they were asked for. */
    public static String of(Lang lang, StatusCounts counts, List<String> places) {
        Labels l = Labels.of(lang);
        return l.summary(counts.files(), counts.passed(), counts.failed(), counts.errors()) + "\n" + l.writtenTo(places);
    }
}
