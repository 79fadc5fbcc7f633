package org.huibao.kinds;

/**
 * One rule file's text.
 *
 * @param path    the file as messages name it
 * @param builtIn packaged with huibao: a user's rule with the same id replaces it
 */
public record RuleText(String path, String text, boolean builtIn) {
}
