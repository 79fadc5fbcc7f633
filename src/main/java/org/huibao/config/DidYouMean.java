package org.huibao.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Suggests the known name a misspelt one was probably meant to be: a config key, an option, a command. */
public final class DidYouMean {

    private static final int MAX_DISTANCE = 2;

    private DidYouMean() {
    }

    public static Optional<String> suggest(String given, Collection<String> known) {
        String g = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(g, k.toLowerCase(Locale.ROOT));
            // Below the key's own length, or "en" would be offered for "fr" and any two-letter key.
            if (d <= MAX_DISTANCE && d < g.length() && d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        // Abbreviations ("thresh") and other forms of a word ("blocked" for "blocking") are too far in
        // edits but share its stem; the longest shared start wins ("heading_excl" is heading_exclude).
        int bestPrefix = 0;
        for (String k : known) {
            String lk = k.toLowerCase(Locale.ROOT);
            int common = commonPrefix(g, lk);
            boolean oneStartsTheOther = common == Math.min(g.length(), lk.length()) && common >= 3;
            boolean sharedStem = common >= 4 && common * 3 >= 2 * Math.min(g.length(), lk.length());
            if ((oneStartsTheOther || sharedStem) && common > bestPrefix) {
                best = k;
                bestPrefix = common;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** Edit distance counting a swap of neighbours as one edit ("thershold" is one edit from "threshold"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
