package org.huibao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.huibao.read.Readers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Suppression comments in text pasted into the review page work as in a file checked by the CLI. */
class PastedSuppressionTest {
    private static ReviewServer server;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = ReviewServer.startInProcess(ReviewServerTest.settings(ServerSettings.DEFAULT_MAX_UPLOAD,
                ServerSettings.DEFAULT_TIMEOUT), BuiltIn.config(), BuiltIn.rules(), Readers.defaults());
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void pastedTextWithACommentHasTheFindingSuppressedAndCounted() {
        List<String> lines = new ArrayList<>(Drafts.lines("关于2024年度安全生产工作情况的报告",
                new Drafts.Parts(true, true, true, "全年培训企业负责人xx人次。")));
        Http.Response plain = http.postText("/api/check?name=draft.txt", String.join("\n", lines));
        assertEquals("fail", plain.json().at("/reports/0/status").asText(), plain.body());
        lines.add(5, "<!-- huibao-disable-next-line HB301 -->");
        Http.Response r = http.postText("/api/check?name=draft.txt", String.join("\n", lines));
        assertEquals(200, r.status(), r.body());
        JsonNode report = r.json().at("/reports/0");
        assertEquals("pass", report.at("/status").asText(), r.body());
        assertEquals(1, report.at("/suppressed").asInt());
        assertEquals(1, r.json().at("/summary/suppressed").asInt());
        assertTrue(report.at("/findings").findValuesAsText("rule").stream().noneMatch("HB301"::equals), r.body());
    }
}
