package org.huibao.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huibao.api.Sentence;
import org.huibao.parse.Report;

/**
 * A sentence led by a year after the years the report looks back on: "2023年，街道…各项事业高质量发展。2024年，
 * 要坚定信心决心…" — the year names the plan as "下一步，" would, so a forward clause after it is the unit's plan
 * for that year without a plan word.
 */
final class PlanYear {

    private PlanYear() {
    }

    /** A year opening a sentence, with what may follow it in a lead that tells of that year ("2023年以来，"). */
    private static final Pattern LEAD = Pattern.compile("^((?:19|20)\\d{2})年(以来|全年|上半年|下半年|度)?[，,]");

    /**
     * Where the plan year's lead ends in sentence {@code k} (the offset after its comma), or -1: the sentence
     * opens with a bare year ("2024年，") later than every year an earlier sentence opens with and than the
     * earliest year of the title, and at least one of those years was named.
     */
    static int leadEnd(Report report, List<Sentence> sentences, int k) {
        Matcher m = LEAD.matcher(sentences.get(k).text());
        if (!m.find() || m.group(2) != null) {
            return -1;
        }
        int year = Integer.parseInt(m.group(1));
        int looked = ReviewedYear.inTitle(report);
        for (int i = 0; i < k; i++) {
            Matcher earlier = LEAD.matcher(sentences.get(i).text());
            if (earlier.find()) {
                looked = Math.max(looked, Integer.parseInt(earlier.group(1)));
            }
        }
        return looked > 0 && year > looked ? m.end() : -1;
    }
}
