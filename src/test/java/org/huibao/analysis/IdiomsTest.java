package org.huibao.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packed look-ups of {@link Idioms} answer as a plain reading of its list would: every idiom is found
 * from each of its places with another character there, the sieve never rules one out, and an idiom is not
 * its own near miss.
 */
class IdiomsTest {
    private static List<String> idiomTexts() throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                IdiomsTest.class.getResourceAsStream("/data/huibao/idioms.txt"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#") && line.charAt(0) != '=') {
                    out.add(line.substring(0, line.indexOf(' ')));
                }
            }
        }
        return out;
    }

    @Test
    void everyIdiomIsFoundFromEachOfItsPlaces() throws IOException {
        Idioms idioms = Idioms.get();
        List<String> texts = idiomTexts();
        assertTrue(texts.size() > 9_000, "the list is read");
        for (String text : texts) {
            for (int k = 0; k < 4; k++) {
                // a character no idiom has: the window is one character off this idiom at k
                char[] window = ("甲" + text.substring(0, k) + "\u3007" + text.substring(k + 1)).toCharArray();
                int at = 1;
                assertTrue(idioms.mayBeNear(window, at), text);
                assertTrue(idioms.mayHaveHole(window, at, k), text);
                List<String> found = idioms.differingAt(window, at, k).stream().map(Idioms.Idiom::text).toList();
                assertTrue(found.contains(text), () -> text + " from " + new String(window));
                for (String f : found) {
                    assertEquals(f.substring(0, k) + f.substring(k + 1), text.substring(0, k) + text.substring(k + 1), f);
                }
                int place = k;
                assertTrue(idioms.differingAt(text.toCharArray(), 0, k).stream().noneMatch(i -> i.text().equals(text)),
                        () -> text + " is its own near miss at " + place);
            }
        }
    }

    @Test
    void noIdiomDiffersFromCharactersNoIdiomHas() {
        char[] none = "〇〇〇〇".toCharArray();
        for (int k = 0; k < 4; k++) {
            assertEquals(List.of(), Idioms.get().differingAt(none, 0, k));
        }
    }
}
