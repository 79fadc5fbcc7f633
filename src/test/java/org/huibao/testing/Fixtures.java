package org.huibao.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.huibao.check.Checker;
import org.huibao.config.Config;
import org.huibao.config.ConfigException;
import org.huibao.config.ConfigLoader;
import org.huibao.engine.RuleLoadException;
import org.huibao.engine.RuleLoader;
import org.huibao.api.Element;
import org.huibao.model.ElementVerdict;
import org.huibao.model.ReportResult;
import org.huibao.read.Readers;
import org.huibao.read.SourceText;

/** Shared test helpers: a checker with the built-in config and rules, and fixture texts. */
public final class Fixtures {
    private static Checker checker;

    private Fixtures() {
    }

    /** The built-in checker; built once per test JVM because a KieBase takes a second to build. */
    public static synchronized Checker checker() {
        if (checker == null) {
            try {
                Config config = ConfigLoader.defaults();
                checker = new Checker(config, RuleLoader.load(config, List.of()), Readers.defaults());
            } catch (ConfigException | RuleLoadException e) {
                throw new IllegalStateException(e);
            }
        }
        return checker;
    }

    public static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReportResult check(String name, String text) {
        return checker().check(new SourceText(name, text, "UTF-8"));
    }

    public static ReportResult checkFixture(String file) {
        return check(file, text("/fixtures/elements/" + file));
    }

    public static ElementVerdict verdict(ReportResult r, Element e) {
        return r.elements().get(e);
    }

    /** The byte arrays one after another. */
    public static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int off = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, off, p.length);
            off += p.length;
        }
        return out;
    }
}
