package org.huibao.engine;

/** One DRL file: where it came from (as shown to users) and its text. */
record RuleSource(String displayPath, String text, boolean builtIn) {
}
