package org.huibao.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The baseline file: JSON a person can read and a diff can follow — the files it covers with their scores,
 * then the accepted findings, one per line, sorted, Chinese as it is; no line numbers, so that an edit
 * changes only the lines of the findings it touches.
 * <pre>
 * {
 *   "huibao": "baseline",
 *   "version": 1,
 *   "files": [
 *     {"file": "drafts/a.txt", "score": 68.0}
 *   ],
 *   "findings": [
 *     {"file": "drafts/a.txt", "rule": "HB301", "text": "xx", "before": "共计", "after": "本"}
 *   ]
 * }
 * </pre>
 */
final class BaselineFile {

    static final String MARKER = "baseline";
    static final int VERSION = 1;
    /** Far more than the baseline of any repository of reports (some 100 bytes per finding). */
    static final long MAX_BYTES = 64L << 20;

    private BaselineFile() {
    }

    // ---- reading -----------------------------------------------------------------------------------

    static Baseline read(Path path) throws BaselineException {
        String name = path.toString();
        try {
            if (Files.isDirectory(path)) {
                throw problem(name, "这是目录，不是文件", "is a directory, not a file");
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw problem(name, "文件过大（超过 64 MB），不像基线文件", "too large for a baseline file (over 64 MB)");
            }
            if (size == 0) {
                throw invalid(name, "文件为空", "the file is empty", 0);
            }
            try (InputStream in = Files.newInputStream(path);
                 JsonParser p = new JsonFactory().createParser(in)) {
                return parse(name, p);
            }
        } catch (NoSuchFileException e) {
            throw problem(name, "文件不存在", "no such file");
        } catch (AccessDeniedException e) {
            throw problem(name, "没有读取权限", "permission denied");
        } catch (JsonProcessingException e) {
            String detail = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw invalid(name, "JSON 格式错误：" + detail, "malformed JSON: " + detail, line);
        } catch (IOException e) {
            throw problem(name, "无法读取：" + e.getMessage(), "cannot read: " + e.getMessage());
        }
    }

    private static Baseline parse(String name, JsonParser p) throws IOException, BaselineException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw invalid(name, "应为 JSON 对象", "expected a JSON object", p);
        }
        String marker = null;
        Integer version = null;
        Map<String, Double> files = null;
        List<Entry> entries = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "huibao" -> marker = value == JsonToken.VALUE_STRING ? p.getText() : "";
                case "version" -> {
                    if (value != JsonToken.VALUE_NUMBER_INT) {
                        throw invalid(name, "version 应为整数", "version must be an integer", p);
                    }
                    version = p.getIntValue();
                }
                case "files" -> files = files(name, p, value);
                case "findings" -> entries = entries(name, p, value);
                default -> p.skipChildren(); // written by a later version: left alone
            }
        }
        if (!MARKER.equals(marker)) {
            throw invalid(name, "不是 huibao 基线文件（缺少 \"huibao\": \"baseline\"），请用 --write-baseline 生成",
                    "not a huibao baseline (no \"huibao\": \"baseline\"); make one with --write-baseline", 0);
        }
        if (version == null || version != VERSION) {
            throw invalid(name, "不支持的版本 " + version + "（应为 " + VERSION + "）",
                    "unsupported version " + version + " (expected " + VERSION + ")", 0);
        }
        if (entries == null) {
            throw invalid(name, "缺少 findings", "no \"findings\"", 0);
        }
        return Baseline.of(files == null ? Map.of() : files, entries);
    }

    /** The files: {@code {"file": …, "score": …}} each, or a name alone (score unknown). */
    private static Map<String, Double> files(String name, JsonParser p, JsonToken at) throws IOException, BaselineException {
        if (at != JsonToken.START_ARRAY) {
            throw invalid(name, "files 应为数组", "\"files\" must be an array", p);
        }
        Map<String, Double> out = new HashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == JsonToken.VALUE_STRING) {
                out.put(p.getText(), Baseline.NO_SCORE);
                continue;
            }
            if (t != JsonToken.START_OBJECT) {
                throw invalid(name, "files 中的每一项应为对象", "each item of \"files\" must be an object", p);
            }
            int line = p.currentLocation().getLineNr();
            String file = null;
            double score = Baseline.NO_SCORE;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("file") && value == JsonToken.VALUE_STRING) {
                    file = p.getText();
                } else if (field.equals("score") && value.isNumeric()) {
                    score = p.getDoubleValue();
                } else if (field.equals("file") || field.equals("score")) {
                    throw invalid(name, field.equals("file") ? "file 应为字符串" : "score 应为数字",
                            field.equals("file") ? "\"file\" must be a string" : "\"score\" must be a number", p);
                } else {
                    p.skipChildren();
                }
            }
            if (file == null || file.isEmpty()) {
                throw invalid(name, "files 中的条目缺少 file", "an item of \"files\" has no \"file\"", line);
            }
            out.put(file, score);
        }
        return out;
    }

    private static List<Entry> entries(String name, JsonParser p, JsonToken at) throws IOException, BaselineException {
        if (at != JsonToken.START_ARRAY) {
            throw invalid(name, "findings 应为数组", "\"findings\" must be an array", p);
        }
        List<Entry> out = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.START_OBJECT) {
                throw invalid(name, "findings 中的每一项应为对象", "each item of \"findings\" must be an object", p);
            }
            int line = p.currentLocation().getLineNr();
            String[] v = new String[5];
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                int k = List.of("file", "rule", "text", "before", "after").indexOf(field);
                if (k < 0) {
                    p.skipChildren();
                } else if (value != JsonToken.VALUE_STRING) {
                    throw invalid(name, field + " 应为字符串", "\"" + field + "\" must be a string", p);
                } else {
                    v[k] = p.getText();
                }
            }
            if (v[0] == null || v[0].isEmpty() || v[1] == null || v[1].isEmpty()) {
                throw invalid(name, "问题条目缺少 file 或 rule", "a finding has no \"file\" or \"rule\"", line);
            }
            out.add(new Entry(Fingerprints.file(v[0]), v[1], v[2], v[3], v[4]));
        }
        return out;
    }

    private static BaselineException problem(String name, String zh, String en) {
        return new BaselineException(name + ": " + zh + " (" + en + ")");
    }

    private static BaselineException invalid(String name, String zh, String en, JsonParser p) {
        return invalid(name, zh, en, p.currentLocation() == null ? 0 : p.currentLocation().getLineNr());
    }

    private static BaselineException invalid(String name, String zh, String en, int line) {
        String where = line > 0 ? "第 " + line + " 行：" : "";
        String whereEn = line > 0 ? "line " + line + ": " : "";
        return new BaselineException(name + ": 不是有效的基线文件：" + where + zh + " (not a valid baseline file: "
                + whereEn + en + ")");
    }

    // ---- writing -----------------------------------------------------------------------------------

    /** Writes the baseline, replacing the file at once, so that an interrupted run never leaves half of one. */
    static void write(Path path, Map<String, Double> files, Collection<Entry> entries) throws BaselineException {
        Map<String, Double> allFiles = new TreeMap<>(files);
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(null);
        sorted.forEach(e -> allFiles.putIfAbsent(e.file(), Baseline.NO_SCORE));
        Path absolute = path.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                w.write("{\n  \"huibao\": \"" + MARKER + "\",\n  \"version\": " + VERSION + ",\n  \"files\": [");
                list(w, allFiles.entrySet().stream().map(e -> file(e.getKey(), e.getValue())).toList());
                w.write("],\n  \"findings\": [");
                list(w, sorted.stream().map(BaselineFile::line).toList());
                w.write("]\n}\n");
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException | RuntimeException e) {
            String why = e instanceof NoSuchFileException ? "目录不存在 (no such directory)"
                    : e instanceof AccessDeniedException ? "没有写入权限 (permission denied)"
                    : String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new BaselineException(path + ": 无法写入基线文件 (cannot write the baseline file): " + why);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // the temporary file stays; it is named after the baseline, so it is found
                }
            }
        }
    }

    private static void list(Writer w, List<String> items) throws IOException {
        for (int i = 0; i < items.size(); i++) {
            w.write(i == 0 ? "\n    " : ",\n    ");
            w.write(items.get(i));
        }
        if (!items.isEmpty()) {
            w.write("\n  ");
        }
    }

    private static String file(String file, double score) {
        return "{\"file\": " + quote(file) + (Double.isNaN(score) ? "" : ", \"score\": " + score) + "}";
    }

    private static String line(Entry e) {
        return "{\"file\": " + quote(e.file()) + ", \"rule\": " + quote(e.rule()) + ", \"text\": " + quote(e.text())
                + ", \"before\": " + quote(e.before()) + ", \"after\": " + quote(e.after()) + "}";
    }

    /** A JSON string: quotes, backslashes and control characters escaped, everything else (Chinese) as it is. */
    private static String quote(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }
}
